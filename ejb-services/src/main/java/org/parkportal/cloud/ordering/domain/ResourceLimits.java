package org.parkportal.cloud.ordering.domain;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A tenant's limits for VMs, vCPUs, RAM (MiB) and storage (GB); null: no limit. What the order form shows next to
 * the tenant's use, and what placing an order checks ({@link #requireRoom}).
 */
public record ResourceLimits(Long vms, Long vcpus, Long ramMib, Long storageGb) {

    public static final ResourceLimits NONE = new ResourceLimits(null, null, null, null);

    /** One limit passed: its kind ({@link TenantLimits#KINDS}), what is in use, what is asked and the limit. */
    private record Passed(String kind, long inUse, long asked, long limit) {
    }

    /** The kinds ({@link TenantLimits#KINDS}) that {@code inUse} plus {@code asked} would pass, in that order. */
    public List<String> passedBy(ResourceUse inUse, ResourceUse asked) {
        return passed(inUse, asked).stream().map(Passed::kind).toList();
    }

    /**
     * Passes when {@code inUse} plus {@code asked} fits every limit.
     *
     * @throws OrderRefused QUOTA_EXCEEDED naming the first limit passed, what is in use, what is asked and the limit
     */
    public void requireRoom(ResourceUse inUse, ResourceUse asked) {
        List<Passed> passed = passed(inUse, asked);
        if (!passed.isEmpty()) {
            Passed first = passed.get(0);
            throw new OrderRefused(OrderRefused.Reason.QUOTA_EXCEEDED, first.kind(), first.inUse(), first.asked(),
                    first.limit());
        }
    }

    private List<Passed> passed(ResourceUse inUse, ResourceUse asked) {
        return Stream.of(
                        check("VMS", inUse.vms(), asked.vms(), vms),
                        check("VCPUS", inUse.vcpus(), asked.vcpus(), vcpus),
                        check("RAM_MIB", inUse.ramMib(), asked.ramMib(), ramMib),
                        check("STORAGE_GB", inUse.storageGb(), asked.storageGb(), storageGb))
                .filter(Objects::nonNull).toList();
    }

    private static Passed check(String kind, long inUse, long asked, Long limit) {
        return limit != null && inUse + asked > limit ? new Passed(kind, inUse, asked, limit) : null;
    }
}
