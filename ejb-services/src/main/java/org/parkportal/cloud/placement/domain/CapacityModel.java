package org.parkportal.cloud.placement.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parkportal.cloud.inventory.domain.HostState;

/**
 * The inventory as placement sees it, in memory: zones → clusters → hosts and primary storage pools, with what is
 * allocated on each. Clusters keep running totals (capacity, allocation, the tags and the most cores of their
 * enabled hosts) so the planner can drop a whole cluster with a few comparisons before it looks at any host; tags
 * are bits of a long, so "offering's tags ⊆ host's tags" is one AND. Not thread-safe: one decision at a time
 * (the database's conditional updates make concurrent reservations safe, see docs/cloud.md).
 *
 * <p>CPU is counted in MHz (cores × MHz per core × the cluster's CPU overcommit factor), RAM in MiB (× RAM
 * overcommit), storage in GB. A cluster's threshold compares its allocation with the capacity of all its hosts,
 * whatever their state (as CloudStack's cluster.*.allocated.capacity.disablethreshold does).
 */
public final class CapacityModel {

    private final Map<Long, Zone> zones = new LinkedHashMap<>();
    private final Map<Long, Cluster> clusters = new HashMap<>();
    private final Map<Long, Host> hosts = new HashMap<>();
    private final Map<Long, Pool> pools = new HashMap<>();
    private final Map<String, Integer> tagBits = new HashMap<>();

    // ---- building ----------------------------------------------------------------------------------------------

    /**
     * @param tenants the tenants a private zone is open to; ignored for a public zone
     * @param strategy the zone's default strategy, null for SPREAD
     */
    public void addZone(long id, String name, boolean open, boolean publicZone, Set<String> tenants,
                        PlacementStrategy strategy) {
        zones.put(id, new Zone(id, name, open, publicZone, tenants == null ? Set.of() : Set.copyOf(tenants),
                strategy == null ? PlacementStrategy.SPREAD : strategy));
    }

    /** Thresholds are fractions (0.85), overcommit factors ≥ 1 multiply the hosts' physical CPU and RAM. */
    public void addCluster(long id, long zoneId, String name, boolean open, double cpuThreshold, double ramThreshold,
                           double storageThreshold, double cpuOvercommit, double ramOvercommit) {
        Zone zone = zones.get(zoneId);
        if (zone == null) {
            throw new IllegalArgumentException("no zone " + zoneId);
        }
        Cluster cluster = new Cluster(id, zone, name, open, cpuThreshold, ramThreshold, storageThreshold,
                cpuOvercommit, ramOvercommit);
        zone.clusters.add(cluster);
        clusters.put(id, cluster);
    }

    public void addHost(long id, long clusterId, String name, int cores, int mhzPerCore, long ramMib,
                        Set<String> tags, HostState state, long allocatedMhz, long allocatedRamMib) {
        Cluster cluster = clusters.get(clusterId);
        if (cluster == null) {
            throw new IllegalArgumentException("no cluster " + clusterId);
        }
        Host host = new Host(id, cluster, name, cores, (long) ((long) cores * mhzPerCore * cluster.cpuOvercommit),
                (long) (ramMib * cluster.ramOvercommit), mask(tags, true), tags == null ? Set.of() : Set.copyOf(tags),
                state);
        cluster.hosts.add(host);
        hosts.put(id, host);
        cluster.totalMhz += host.capacityMhz;
        cluster.totalRam += host.capacityRam;
        allocate(host, allocatedMhz, allocatedRamMib);
        cluster.refreshEnabled();
    }

    public void addPool(long id, long clusterId, String name, long capacityGb, long allocatedGb, Set<String> tags) {
        Cluster cluster = clusters.get(clusterId);
        if (cluster == null) {
            throw new IllegalArgumentException("no cluster " + clusterId);
        }
        Pool pool = new Pool(id, cluster, name, capacityGb, mask(tags, true));
        pool.allocatedGb = allocatedGb;
        cluster.pools.add(pool);
        pools.put(id, pool);
    }

    /** How many VMs a tenant has on a host (for SPREAD_MY_VMS); a count ≤ 0 removes the entry. */
    public void setTenantVms(long hostId, String tenant, int count) {
        Host host = host(hostId);
        int before = host.tenantVms.getOrDefault(tenant, 0);
        countVms(host, tenant, count - before);
    }

    public void changeHostState(long hostId, HostState state) {
        Host host = host(hostId);
        host.state = state;
        host.cluster.refreshEnabled();
    }

    // ---- reservations (kept in step with the database's counters) ------------------------------------------------

    /** Takes the resources: what the database's reservation does to its counters, done to the model. */
    public void reserve(long hostId, long poolId, String tenant, long mhz, long ramMib, long diskGb) {
        Host host = host(hostId);
        allocate(host, mhz, ramMib);
        if (diskGb > 0) {
            pool(poolId).allocatedGb += diskGb;
        }
        countVms(host, tenant, 1);
    }

    public void release(long hostId, long poolId, String tenant, long mhz, long ramMib, long diskGb) {
        Host host = host(hostId);
        allocate(host, -mhz, -ramMib);
        if (diskGb > 0) {
            pool(poolId).allocatedGb -= diskGb;
        }
        countVms(host, tenant, -1);
    }

    /** Changes a placed VM's CPU and RAM on its host (change of offering); the caller checked it fits. */
    public void resize(long hostId, long deltaMhz, long deltaRamMib) {
        allocate(host(hostId), deltaMhz, deltaRamMib);
    }

    // ---- reading ---------------------------------------------------------------------------------------------------

    public int hostCount() {
        return hosts.size();
    }

    public Collection<Host> hosts() {
        return Collections.unmodifiableCollection(hosts.values());
    }

    public Collection<Cluster> clusters() {
        return Collections.unmodifiableCollection(clusters.values());
    }

    public Collection<Pool> pools() {
        return Collections.unmodifiableCollection(pools.values());
    }

    public Host host(long id) {
        Host host = hosts.get(id);
        if (host == null) {
            throw new IllegalArgumentException("no host " + id);
        }
        return host;
    }

    public Pool pool(long id) {
        Pool pool = pools.get(id);
        if (pool == null) {
            throw new IllegalArgumentException("no pool " + id);
        }
        return pool;
    }

    public Cluster cluster(long id) {
        return clusters.get(id);
    }

    Zone zone(long id) {
        return zones.get(id);
    }

    /** The tags as bits; -1 when one of them is on no host or pool at all (so nothing can match). */
    long mask(Set<String> tags, boolean learn) {
        long mask = 0;
        if (tags == null) {
            return 0;
        }
        for (String tag : tags) {
            Integer bit = tagBits.get(tag);
            if (bit == null) {
                if (!learn) {
                    return -1;
                }
                if (tagBits.size() == 63) {
                    throw new IllegalStateException("more than 63 distinct host and storage tags");
                }
                bit = tagBits.size();
                tagBits.put(tag, bit);
            }
            mask |= 1L << bit;
        }
        return mask;
    }

    private void allocate(Host host, long mhz, long ramMib) {
        host.allocatedMhz += mhz;
        host.allocatedRam += ramMib;
        host.cluster.allocatedMhz += mhz;
        host.cluster.allocatedRam += ramMib;
    }

    private static void countVms(Host host, String tenant, int delta) {
        if (tenant == null || delta == 0) {
            return;
        }
        host.tenantVms.merge(tenant, delta, (a, b) -> a + b > 0 ? a + b : null);
        host.cluster.tenantVms.merge(tenant, delta, (a, b) -> a + b > 0 ? a + b : null);
    }

    // ---- the parts -------------------------------------------------------------------------------------------------

    static final class Zone {
        final long id;
        final String name;
        final boolean open;
        final boolean publicZone;
        final Set<String> tenants;
        final PlacementStrategy strategy;
        final List<Cluster> clusters = new ArrayList<>();

        Zone(long id, String name, boolean open, boolean publicZone, Set<String> tenants, PlacementStrategy strategy) {
            this.id = id;
            this.name = name;
            this.open = open;
            this.publicZone = publicZone;
            this.tenants = tenants;
            this.strategy = strategy;
        }

        boolean visibleTo(String tenant) {
            return publicZone || tenants.contains(tenant);
        }
    }

    /** A cluster and its running totals. */
    public static final class Cluster {
        final long id;
        final Zone zone;
        final String name;
        final boolean open;
        final double cpuThreshold;
        final double ramThreshold;
        final double storageThreshold;
        final double cpuOvercommit;
        final double ramOvercommit;
        final List<Host> hosts = new ArrayList<>();
        final List<Pool> pools = new ArrayList<>();
        final Map<String, Integer> tenantVms = new HashMap<>();
        long totalMhz;
        long totalRam;
        long allocatedMhz;
        long allocatedRam;
        int enabledHosts;
        long enabledTags;
        int enabledMaxCores;

        Cluster(long id, Zone zone, String name, boolean open, double cpuThreshold, double ramThreshold,
                double storageThreshold, double cpuOvercommit, double ramOvercommit) {
            this.id = id;
            this.zone = zone;
            this.name = name;
            this.open = open;
            this.cpuThreshold = cpuThreshold;
            this.ramThreshold = ramThreshold;
            this.storageThreshold = storageThreshold;
            this.cpuOvercommit = cpuOvercommit;
            this.ramOvercommit = ramOvercommit;
        }

        /** Tags and cores of the enabled hosts change only with the hosts' states, so they are recounted then. */
        void refreshEnabled() {
            enabledHosts = 0;
            enabledTags = 0;
            enabledMaxCores = 0;
            for (Host h : hosts) {
                if (h.state == HostState.ENABLED) {
                    enabledHosts++;
                    enabledTags |= h.tags;
                    enabledMaxCores = Math.max(enabledMaxCores, h.cores);
                }
            }
        }

        double load() {
            return Math.max(ratio(allocatedMhz, totalMhz), ratio(allocatedRam, totalRam));
        }

        public long id() { return id; }
        public String name() { return name; }
        public long allocatedMhz() { return allocatedMhz; }
        public long allocatedRamMib() { return allocatedRam; }
        public long totalMhz() { return totalMhz; }
        public long totalRamMib() { return totalRam; }
        public double cpuThreshold() { return cpuThreshold; }
        public double ramThreshold() { return ramThreshold; }
        public double storageThreshold() { return storageThreshold; }
    }

    /** A host: its capacity already multiplied by its cluster's overcommit factors. */
    public static final class Host {
        final long id;
        final Cluster cluster;
        final String name;
        final int cores;
        final long capacityMhz;
        final long capacityRam;
        final long tags;
        final Set<String> tagNames;
        final Map<String, Integer> tenantVms = new HashMap<>(4);
        HostState state;
        long allocatedMhz;
        long allocatedRam;

        Host(long id, Cluster cluster, String name, int cores, long capacityMhz, long capacityRam, long tags,
             Set<String> tagNames, HostState state) {
            this.id = id;
            this.cluster = cluster;
            this.name = name;
            this.cores = cores;
            this.capacityMhz = capacityMhz;
            this.capacityRam = capacityRam;
            this.tags = tags;
            this.tagNames = tagNames;
            this.state = state;
        }

        double load() {
            return Math.max(ratio(allocatedMhz, capacityMhz), ratio(allocatedRam, capacityRam));
        }

        long freeMhz() {
            return capacityMhz - allocatedMhz;
        }

        long freeRam() {
            return capacityRam - allocatedRam;
        }

        public long id() { return id; }
        public String name() { return name; }
        public long clusterId() { return cluster.id; }
        public HostState state() { return state; }
        public long capacityMhz() { return capacityMhz; }
        public long capacityRamMib() { return capacityRam; }
        public long allocatedMhz() { return allocatedMhz; }
        public long allocatedRamMib() { return allocatedRam; }
        public Set<String> tags() { return tagNames; }
        public int tenantVms(String tenant) { return tenantVms.getOrDefault(tenant, 0); }
    }

    /** A primary storage pool of a cluster; its threshold is its cluster's storage threshold. */
    public static final class Pool {
        final long id;
        final Cluster cluster;
        final String name;
        final long capacityGb;
        final long tags;
        long allocatedGb;

        Pool(long id, Cluster cluster, String name, long capacityGb, long tags) {
            this.id = id;
            this.cluster = cluster;
            this.name = name;
            this.capacityGb = capacityGb;
            this.tags = tags;
        }

        public long id() { return id; }
        public String name() { return name; }
        public long clusterId() { return cluster.id; }
        public long capacityGb() { return capacityGb; }
        public long allocatedGb() { return allocatedGb; }
    }

    static double ratio(long part, long whole) {
        return whole <= 0 ? (part > 0 ? Double.POSITIVE_INFINITY : 0) : (double) part / whole;
    }
}
