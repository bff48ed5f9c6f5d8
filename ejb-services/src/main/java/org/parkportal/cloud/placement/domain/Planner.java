package org.parkportal.cloud.placement.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.parkportal.cloud.inventory.domain.HostState;
import org.parkportal.cloud.placement.domain.CapacityModel.Cluster;
import org.parkportal.cloud.placement.domain.CapacityModel.Host;
import org.parkportal.cloud.placement.domain.CapacityModel.Pool;
import org.parkportal.cloud.placement.domain.CapacityModel.Zone;
import org.parkportal.cloud.placement.domain.PlacementRefusal.Kind;

/**
 * Decides where a VM goes: first the zone's clusters (dropped whole when they are closed, have no enabled host with
 * the tags or cores, or would pass a CPU or RAM threshold), ranked by the strategy; then, in that order, a storage
 * pool and a host of each cluster until one fits. Reads the model only; the caller takes the reservation. When
 * nothing fits it says why, preferring the refusal nearest to a fit: a host that would fit but failed before, then
 * host capacity, then storage, then a cluster threshold, then cores, tags and enabled hosts.
 */
public final class Planner {

    private static final Comparator<Cluster> MOST_LOADED = Comparator.comparingDouble(Cluster::load).reversed();
    private static final Comparator<Cluster> LEAST_LOADED = Comparator.comparingDouble(Cluster::load);

    public PlacementDecision decide(CapacityModel model, PlacementRequest r) {
        Zone zone = model.zone(r.zoneId());
        if (zone == null || !zone.visibleTo(r.tenant())) {
            return refused(Kind.ZONE_UNAVAILABLE, null, "#" + r.zoneId());
        }
        if (!zone.open) {
            return refused(Kind.ZONE_DISABLED, null, zone.name);
        }
        PlacementStrategy strategy = r.strategy() != null ? r.strategy() : zone.strategy;
        long hostMask = model.mask(r.hostTags(), false);
        long poolMask = model.mask(r.storageTags(), false);
        long mhz = r.mhz();
        long ram = r.ramMib();

        Attempt attempt = new Attempt();
        List<Cluster> candidates = new ArrayList<>(zone.clusters.size());
        boolean anyEnabled = false;
        boolean anyTagged = false;
        int mostCores = 0;
        for (Cluster c : zone.clusters) {
            if (!c.open || c.enabledHosts == 0) {
                continue;
            }
            anyEnabled = true;
            if (hostMask == -1 || (hostMask & ~c.enabledTags) != 0) {
                continue;
            }
            anyTagged = true;
            mostCores = Math.max(mostCores, c.enabledMaxCores);
            if (c.enabledMaxCores < r.vcpus()) {
                continue;
            }
            if (c.allocatedMhz + mhz > limit(c.totalMhz, c.cpuThreshold)) {
                attempt.threshold(Resource.CPU, c, c.allocatedMhz + mhz, c.totalMhz, c.cpuThreshold);
            } else if (c.allocatedRam + ram > limit(c.totalRam, c.ramThreshold)) {
                attempt.threshold(Resource.RAM, c, c.allocatedRam + ram, c.totalRam, c.ramThreshold);
            } else {
                candidates.add(c);
            }
        }
        if (candidates.isEmpty() && attempt.refusal == null) {
            if (!anyEnabled) {
                return refused(Kind.NO_ENABLED_HOST, null, zone.name);
            }
            if (!anyTagged) {
                return refused(Kind.NO_HOST_WITH_TAGS, null, String.join(", ", new TreeSet<>(r.hostTags())),
                        zone.name);
            }
            return refused(Kind.TOO_MANY_VCPUS, Resource.CPU, r.vcpus(), zone.name, mostCores);
        }
        rank(candidates, strategy, r.tenant());
        for (Cluster c : candidates) {
            Pool pool = pool(c, poolMask, r, strategy, attempt);
            if (pool == null) {
                continue;
            }
            Host host = host(c, hostMask, r, strategy, attempt);
            if (host != null) {
                return new PlacementDecision.Placed(host.id, pool.id, c.id);
            }
        }
        return new PlacementDecision.Refused(attempt.refusal(zone, r));
    }

    /** Whether a placed VM may grow by these deltas on its host; empty when it may. */
    public Optional<PlacementRefusal> checkResize(CapacityModel model, long hostId, long deltaMhz, long deltaRamMib) {
        Host h = model.host(hostId);
        Cluster c = h.cluster;
        if (deltaMhz > 0 && h.allocatedMhz + deltaMhz > h.capacityMhz) {
            return Optional.of(new PlacementRefusal(Kind.RESIZE_DOES_NOT_FIT, Resource.CPU, Resource.CPU, h.name,
                    amount(deltaMhz, Resource.CPU), amount(h.freeMhz(), Resource.CPU)));
        }
        if (deltaRamMib > 0 && h.allocatedRam + deltaRamMib > h.capacityRam) {
            return Optional.of(new PlacementRefusal(Kind.RESIZE_DOES_NOT_FIT, Resource.RAM, Resource.RAM, h.name,
                    amount(deltaRamMib, Resource.RAM), amount(h.freeRam(), Resource.RAM)));
        }
        if (deltaMhz > 0 && c.allocatedMhz + deltaMhz > limit(c.totalMhz, c.cpuThreshold)) {
            return Optional.of(thresholdRefusal(Resource.CPU, c, c.allocatedMhz + deltaMhz, c.totalMhz,
                    c.cpuThreshold));
        }
        if (deltaRamMib > 0 && c.allocatedRam + deltaRamMib > limit(c.totalRam, c.ramThreshold)) {
            return Optional.of(thresholdRefusal(Resource.RAM, c, c.allocatedRam + deltaRamMib, c.totalRam,
                    c.ramThreshold));
        }
        return Optional.empty();
    }

    /**
     * The most a cluster (or pool) may hold under its threshold; the database's conditional updates use the same
     * number, so the planner and the reservation never disagree by a rounding.
     */
    public static long limit(long total, double threshold) {
        return (long) Math.floor(total * threshold + 1e-9);
    }

    private static void rank(List<Cluster> clusters, PlacementStrategy strategy, String tenant) {
        switch (strategy) {
            case FILL_FIRST -> clusters.sort(MOST_LOADED);
            case SPREAD -> clusters.sort(LEAST_LOADED);
            case SPREAD_MY_VMS -> clusters.sort(Comparator.<Cluster>comparingInt(
                    c -> c.tenantVms.getOrDefault(tenant, 0)).thenComparing(LEAST_LOADED));
        }
    }

    private static Pool pool(Cluster c, long poolMask, PlacementRequest r, PlacementStrategy strategy,
                             Attempt attempt) {
        Pool best = null;
        double bestKey = Double.MAX_VALUE;
        for (Pool p : c.pools) {
            if (poolMask == -1 || (poolMask & ~p.tags) != 0) {
                continue;
            }
            long limit = limit(p.capacityGb, c.storageThreshold);
            if (r.diskGb() > 0 && p.allocatedGb + r.diskGb() > limit) {
                attempt.pool(p, p.allocatedGb + r.diskGb());
                continue;
            }
            double load = CapacityModel.ratio(p.allocatedGb, p.capacityGb);
            double key = strategy == PlacementStrategy.FILL_FIRST ? -load : load;
            if (key < bestKey) {
                best = p;
                bestKey = key;
            }
        }
        return best;
    }

    private static Host host(Cluster c, long hostMask, PlacementRequest r, PlacementStrategy strategy,
                             Attempt attempt) {
        long mhz = r.mhz();
        long ram = r.ramMib();
        Host best = null;
        double bestKey = Double.MAX_VALUE;
        for (Host h : c.hosts) {
            if (h.state != HostState.ENABLED || (hostMask & ~h.tags) != 0 || h.cores < r.vcpus()) {
                continue;
            }
            if (h.allocatedMhz + mhz > h.capacityMhz || h.allocatedRam + ram > h.capacityRam) {
                attempt.tooSmall(c, h);
                continue;
            }
            if (!r.excludedHosts().isEmpty() && r.excludedHosts().contains(h.id)) {
                attempt.failedBefore(h);
                continue;
            }
            double key = switch (strategy) {
                case FILL_FIRST -> -h.load();
                case SPREAD -> h.load();
                // A host's load is at most 1 when the VM fits, so the VM count decides first.
                case SPREAD_MY_VMS -> h.tenantVms.getOrDefault(r.tenant(), 0) * 2.0 + h.load();
            };
            if (key < bestKey) {
                best = h;
                bestKey = key;
            }
        }
        return best;
    }

    private static PlacementDecision refused(Kind kind, Resource resource, Object... arguments) {
        return new PlacementDecision.Refused(new PlacementRefusal(kind, resource, arguments));
    }

    private static PlacementRefusal thresholdRefusal(Resource resource, Cluster c, long wouldHold, long total,
                                                     double threshold) {
        return new PlacementRefusal(Kind.CLUSTER_THRESHOLD, resource, resource, c.name, c.zone.name,
                percent(wouldHold, total), (int) Math.round(threshold * 100));
    }

    static int percent(long part, long whole) {
        return whole <= 0 ? 100 : (int) Math.min(Integer.MAX_VALUE, (long) Math.ceil(part * 100.0 / whole));
    }

    static String amount(long value, Resource resource) {
        return value + " " + resource.unit();
    }

    /** What went wrong so far, to name the nearest miss when nothing fits. */
    private static final class Attempt {
        PlacementRefusal refusal;
        int rank = Integer.MAX_VALUE;
        int thresholdPercent = Integer.MAX_VALUE;
        int poolPercent = Integer.MAX_VALUE;
        String mostFreeRamCluster;
        String mostFreeMhzCluster;
        long mostFreeRam = -1;
        long mostFreeMhz = -1;
        final List<String> failed = new ArrayList<>();

        void threshold(Resource resource, Cluster c, long wouldHold, long total, double threshold) {
            int pct = percent(wouldHold, total);
            if (rank > 4 || (rank == 4 && pct < thresholdPercent)) {
                rank = 4;
                thresholdPercent = pct;
                refusal = thresholdRefusal(resource, c, wouldHold, total, threshold);
            }
        }

        void pool(Pool p, long wouldHold) {
            int pct = percent(wouldHold, p.capacityGb);
            if (rank > 3 || (rank == 3 && pct < poolPercent)) {
                rank = 3;
                poolPercent = pct;
                refusal = new PlacementRefusal(Kind.POOL_THRESHOLD, Resource.STORAGE, p.name, p.cluster.name,
                        p.cluster.zone.name, pct, (int) Math.round(p.cluster.storageThreshold * 100));
            }
        }

        void tooSmall(Cluster c, Host h) {
            if (rank >= 2) {
                rank = 2;
                if (h.freeRam() > mostFreeRam) {
                    mostFreeRam = h.freeRam();
                    mostFreeRamCluster = c.name;
                }
                if (h.freeMhz() > mostFreeMhz) {
                    mostFreeMhz = h.freeMhz();
                    mostFreeMhzCluster = c.name;
                }
                refusal = null;
            }
        }

        void failedBefore(Host h) {
            rank = 1;
            failed.add(h.name);
        }

        PlacementRefusal refusal(Zone zone, PlacementRequest r) {
            if (rank == 1) {
                return new PlacementRefusal(Kind.ALL_HOSTS_FAILED, null, zone.name, String.join(", ", failed));
            }
            if (rank == 2) {
                if (mostFreeRam < r.ramMib()) {
                    return new PlacementRefusal(Kind.HOST_CAPACITY, Resource.RAM, Resource.RAM, zone.name,
                            amount(r.ramMib(), Resource.RAM), amount(Math.max(0, mostFreeRam), Resource.RAM),
                            mostFreeRamCluster);
                }
                return new PlacementRefusal(Kind.HOST_CAPACITY, Resource.CPU, Resource.CPU, zone.name,
                        amount(r.mhz(), Resource.CPU), amount(Math.max(0, mostFreeMhz), Resource.CPU),
                        mostFreeMhzCluster);
            }
            if (refusal != null) {
                return refusal;
            }
            String tags = r.storageTags().isEmpty() ? "-" : String.join(", ", new TreeSet<>(r.storageTags()));
            return new PlacementRefusal(Kind.NO_STORAGE_POOL, Resource.STORAGE, tags, zone.name);
        }
    }
}
