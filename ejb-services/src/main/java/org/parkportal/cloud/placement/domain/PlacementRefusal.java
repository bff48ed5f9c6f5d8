package org.parkportal.cloud.placement.domain;

import java.io.Serializable;
import java.util.Arrays;

/**
 * Why a VM cannot be placed, naming which resource ran out where, so that the user and the administrator read
 * e.g. "RAM: cluster KVM-A1 in zone Park-North would reach 91 % (threshold 85 %)" in their language
 * ({@code org.parkportal.cloud.application.CloudTexts}), never "no destination found". The arguments of each kind are documented on it; they are
 * the message's {0}, {1}, ... in bundle {@code org.parkportal.cloud.messages}, key {@code placement.<KIND>}.
 */
public record PlacementRefusal(Kind kind, Resource resource, Object... arguments) implements Serializable {

    public enum Kind {
        /** {0} zone: does not exist or is not open to the tenant (the same words, so nothing leaks). */
        ZONE_UNAVAILABLE,
        /** {0} zone: its allocation state is disabled. */
        ZONE_DISABLED,
        /** {0} zone: every host is in maintenance or disabled (or the zone has none). */
        NO_ENABLED_HOST,
        /** {0} tags, {1} zone. */
        NO_HOST_WITH_TAGS,
        /** {0} vCPUs asked, {1} zone, {2} most cores of an enabled host. */
        TOO_MANY_VCPUS,
        /** {0} resource, {1} cluster, {2} zone, {3} would reach %, {4} threshold %. */
        CLUSTER_THRESHOLD,
        /** {0} resource, {1} zone, {2} needed with unit, {3} most free on one enabled host with unit, {4} its cluster. */
        HOST_CAPACITY,
        /** {0} tags (or "-"), {1} zone: no primary storage pool carries them. */
        NO_STORAGE_POOL,
        /** {0} pool, {1} cluster, {2} zone, {3} would reach %, {4} threshold %. */
        POOL_THRESHOLD,
        /** {0} zone, {1} the hosts tried (the driver failed on each). */
        ALL_HOSTS_FAILED,
        /** {0} resource, {1} host, {2} needed more with unit, {3} free with unit: a resize that does not fit. */
        RESIZE_DOES_NOT_FIT
    }

    public PlacementRefusal {
        arguments = arguments.clone();
    }

    /** For logs; users read CloudTexts' translation. */
    @Override
    public String toString() {
        return kind + (resource == null ? "" : " " + resource) + " " + Arrays.toString(arguments);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PlacementRefusal r && r.kind == kind && r.resource == resource
                && Arrays.equals(r.arguments, arguments);
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + Arrays.hashCode(arguments);
    }
}
