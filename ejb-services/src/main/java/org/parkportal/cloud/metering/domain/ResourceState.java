package org.parkportal.cloud.metering.domain;

import java.time.Instant;
import java.util.regex.Pattern;

/**
 * A metered resource between two changes, and the rules for which change may come next. The one place that decides
 * whether a sequence of changes is possible: the event service checks each new change with it, the calculator
 * replays a resource's log with it.
 *
 * @param since the time of the change that led here
 */
public record ResourceState(String resourceId, ResourceKind kind, String tenant, Phase phase, String offering,
                            int vcpus, long sizeGb, Instant since) {

    /** The offering whose VMs are priced per vCPU: quantities are hours × vCPUs. */
    public static final String CUSTOM_OFFERING = "custom";
    public static final int MAX_VCPUS = 1024;
    public static final long MAX_SIZE_GB = 1_000_000L;
    // Ids and codes become parts of billing's source keys and item codes, separated by ':' and '.'.
    private static final Pattern RESOURCE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");
    private static final Pattern TENANT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern OFFERING = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    /** The state a creating change brings a new resource into. */
    public static ResourceState created(String resourceId, String tenant, Change change) {
        requireValid(resourceId != null && RESOURCE_ID.matcher(resourceId).matches(), "resource id " + resourceId);
        requireValid(tenant != null && TENANT.matcher(tenant).matches(), "tenant " + tenant);
        requireValid(change != null && change.kind() != null && change.at() != null, "change " + change);
        if (!change.kind().creates()) {
            throw new MeteringRefused(MeteringRefused.Reason.UNKNOWN_RESOURCE, change.kind() + " of " + resourceId);
        }
        ResourceKind kind = change.kind().resource();
        if (kind == ResourceKind.VM) {
            requireOffering(change);
            return new ResourceState(resourceId, kind, tenant, Phase.STOPPED, change.offering(), change.vcpus(), 0,
                    change.at());
        }
        if (kind == ResourceKind.PUBLIC_IP) {
            return new ResourceState(resourceId, kind, tenant, Phase.HELD, null, 0, 0, change.at());
        }
        requireSize(change);
        return new ResourceState(resourceId, kind, tenant, Phase.HELD, null, 0, change.sizeGb(), change.at());
    }

    /** The state after {@code change}; refuses a change that cannot follow this state. */
    public ResourceState next(Change change) {
        requireValid(change != null && change.kind() != null && change.at() != null, "change " + change);
        if (change.kind().resource() != kind) {
            throw new MeteringRefused(MeteringRefused.Reason.WRONG_KIND,
                    change.kind() + " for " + resourceId + ", a " + kind);
        }
        if (phase == Phase.ENDED) {
            throw new MeteringRefused(MeteringRefused.Reason.RESOURCE_ENDED,
                    change.kind() + " of " + resourceId + ", ended at " + since);
        }
        if (change.kind().creates()) {
            throw new MeteringRefused(MeteringRefused.Reason.ALREADY_EXISTS, resourceId);
        }
        if (change.at().isBefore(since)) {
            throw new MeteringRefused(MeteringRefused.Reason.TIME_BACKWARDS,
                    change.kind() + " of " + resourceId + " at " + change.at() + ", before its change at " + since);
        }
        return switch (change.kind()) {
            case VM_STARTED -> {
                if (phase == Phase.RUNNING) {
                    throw new MeteringRefused(MeteringRefused.Reason.INVALID_TRANSITION, resourceId + " runs already");
                }
                yield with(Phase.RUNNING, offering, vcpus, sizeGb, change.at());
            }
            case VM_STOPPED -> {
                if (phase != Phase.RUNNING) {
                    throw new MeteringRefused(MeteringRefused.Reason.INVALID_TRANSITION, resourceId + " is not running");
                }
                yield with(Phase.STOPPED, offering, vcpus, sizeGb, change.at());
            }
            case VM_OFFERING_CHANGED -> {
                requireOffering(change);
                yield with(phase, change.offering(), change.vcpus(), sizeGb, change.at());
            }
            case VOLUME_RESIZED -> {
                requireSize(change);
                yield with(phase, offering, vcpus, change.sizeGb(), change.at());
            }
            default -> with(Phase.ENDED, offering, vcpus, sizeGb, change.at());
        };
    }

    /** The factor of a VM's hours: its vCPUs for the custom offering, 1 for a fixed one. */
    public int hourFactor() {
        return CUSTOM_OFFERING.equals(offering) ? vcpus : 1;
    }

    private ResourceState with(Phase phase, String offering, int vcpus, long sizeGb, Instant since) {
        return new ResourceState(resourceId, kind, tenant, phase, offering, vcpus, sizeGb, since);
    }

    private static void requireOffering(Change change) {
        requireValid(change.offering() != null && OFFERING.matcher(change.offering()).matches(),
                "offering " + change.offering());
        requireValid(change.vcpus() != null && change.vcpus() >= 1 && change.vcpus() <= MAX_VCPUS,
                "vCPUs " + change.vcpus());
    }

    private static void requireSize(Change change) {
        requireValid(change.sizeGb() != null && change.sizeGb() >= 1 && change.sizeGb() <= MAX_SIZE_GB,
                "size " + change.sizeGb() + " GB");
    }

    private static void requireValid(boolean valid, String what) {
        if (!valid) {
            throw new MeteringRefused(MeteringRefused.Reason.INVALID_VALUE, what);
        }
    }
}
