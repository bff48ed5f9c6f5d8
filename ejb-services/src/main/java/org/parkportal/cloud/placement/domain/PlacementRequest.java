package org.parkportal.cloud.placement.domain;

import java.util.HashSet;
import java.util.Set;

/**
 * What a new VM needs, where, for whom: {@code vcpus × mhzPerVcpu} MHz of CPU, {@code ramMib} of RAM and
 * {@code diskGb} of primary storage (root plus data disks) in one zone; hosts must carry every host tag, the pool
 * every storage tag. {@code strategy} null means the zone's. Hosts in {@code excludedHosts} are not considered
 * (the driver failed on them).
 */
public record PlacementRequest(String tenant, long zoneId, int vcpus, int mhzPerVcpu, long ramMib, long diskGb,
                               Set<String> hostTags, Set<String> storageTags, PlacementStrategy strategy,
                               Set<Long> excludedHosts) {

    public PlacementRequest {
        if (tenant == null || tenant.isBlank()) {
            throw new IllegalArgumentException("a placement is always for a tenant");
        }
        if (vcpus < 1 || mhzPerVcpu < 1 || ramMib < 1 || diskGb < 0) {
            throw new IllegalArgumentException("vCPUs, MHz and RAM must be positive, disk not negative");
        }
        hostTags = hostTags == null ? Set.of() : Set.copyOf(hostTags);
        storageTags = storageTags == null ? Set.of() : Set.copyOf(storageTags);
        excludedHosts = excludedHosts == null ? Set.of() : Set.copyOf(excludedHosts);
    }

    public static PlacementRequest of(String tenant, long zoneId, int vcpus, int mhzPerVcpu, long ramMib, long diskGb) {
        return new PlacementRequest(tenant, zoneId, vcpus, mhzPerVcpu, ramMib, diskGb, Set.of(), Set.of(), null,
                Set.of());
    }

    public long mhz() {
        return (long) vcpus * mhzPerVcpu;
    }

    public PlacementRequest withHostTags(String... tags) {
        return new PlacementRequest(tenant, zoneId, vcpus, mhzPerVcpu, ramMib, diskGb, Set.of(tags), storageTags,
                strategy, excludedHosts);
    }

    public PlacementRequest withStorageTags(String... tags) {
        return new PlacementRequest(tenant, zoneId, vcpus, mhzPerVcpu, ramMib, diskGb, hostTags, Set.of(tags),
                strategy, excludedHosts);
    }

    public PlacementRequest with(PlacementStrategy chosen) {
        return new PlacementRequest(tenant, zoneId, vcpus, mhzPerVcpu, ramMib, diskGb, hostTags, storageTags, chosen,
                excludedHosts);
    }

    public PlacementRequest excluding(long hostId) {
        Set<Long> more = new HashSet<>(excludedHosts);
        more.add(hostId);
        return new PlacementRequest(tenant, zoneId, vcpus, mhzPerVcpu, ramMib, diskGb, hostTags, storageTags,
                strategy, more);
    }
}
