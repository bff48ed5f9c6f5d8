package org.parkportal.cloud.ordering.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * A tenant's limits for VMs, vCPUs, RAM (MiB) and storage (GB); null: no limit. What the order form shows next to
 * the tenant's use, and what {@link TenantLimits#requireRoom} checks.
 */
public record ResourceLimits(Long vms, Long vcpus, Long ramMib, Long storageGb) {

    public static final ResourceLimits NONE = new ResourceLimits(null, null, null, null);

    /** The kinds ({@link TenantLimits#KINDS}) that {@code inUse} plus {@code asked} would pass, in that order. */
    public List<String> passedBy(ResourceUse inUse, ResourceUse asked) {
        List<String> passed = new ArrayList<>();
        add(passed, "VMS", inUse.vms() + asked.vms(), vms);
        add(passed, "VCPUS", inUse.vcpus() + asked.vcpus(), vcpus);
        add(passed, "RAM_MIB", inUse.ramMib() + asked.ramMib(), ramMib);
        add(passed, "STORAGE_GB", inUse.storageGb() + asked.storageGb(), storageGb);
        return List.copyOf(passed);
    }

    private static void add(List<String> passed, String kind, long after, Long limit) {
        if (limit != null && after > limit) {
            passed.add(kind);
        }
    }
}
