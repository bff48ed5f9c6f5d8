package org.parkportal.cloud.placement.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parkportal.cloud.placement.domain.ParkInventory.NORTH;
import static org.parkportal.cloud.placement.domain.ParkInventory.SOUTH;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parkportal.cloud.application.CloudTexts;
import org.parkportal.cloud.inventory.domain.HostState;
import org.parkportal.cloud.placement.domain.PlacementDecision.Placed;
import org.parkportal.cloud.placement.domain.PlacementDecision.Refused;
import org.parkportal.cloud.placement.domain.PlacementRefusal.Kind;

/** The planner on a fixed inventory (ParkInventory): packing, spreading, tags, thresholds, maintenance, retries, reasons. */
class PlannerTest {

    private final Planner planner = new Planner();
    private final CapacityModel model = ParkInventory.model();

    /** medium: 2 vCPU × 2000 MHz, 4096 MiB, 20 GB. */
    private static PlacementRequest medium(String tenant, long zone) {
        return PlacementRequest.of(tenant, zone, 2, 2000, 4096, 20);
    }

    private Placed place(PlacementRequest r) {
        PlacementDecision d = planner.decide(model, r);
        Placed placed = assertInstanceOf(Placed.class, d, () -> d.toString());
        model.reserve(placed.hostId(), placed.poolId(), r.tenant(), r.mhz(), r.ramMib(), r.diskGb());
        return placed;
    }

    private PlacementRefusal refusal(PlacementRequest r) {
        PlacementDecision d = planner.decide(model, r);
        return assertInstanceOf(Refused.class, d, () -> d.toString()).refusal();
    }

    private List<Long> hostsOf(int vms, PlacementRequest r) {
        List<Long> hosts = new ArrayList<>();
        for (int i = 0; i < vms; i++) {
            hosts.add(place(r).hostId());
        }
        return hosts;
    }

    @Test
    void fillFirstPacksOneHostUntilItIsFullThenTheNext() {
        PlacementRequest r = medium("acme", NORTH).with(PlacementStrategy.FILL_FIRST).withStorageTags("ssd");
        // vmw-b1-1 has 16 cores × 2500 MHz = 40000 MHz: ten 4000 MHz VMs fill it, the eleventh goes next door.
        List<Long> hosts = hostsOf(11, r);
        assertEquals(List.of(111L, 111L, 111L, 111L, 111L, 111L, 111L, 111L, 111L, 111L, 112L), hosts);
    }

    @Test
    void fillFirstPrefersTheMoreLoadedCluster() {
        model.reserve(101, 1001, "globex", 2000, 16384, 0);
        assertEquals(101L, place(medium("acme", NORTH).with(PlacementStrategy.FILL_FIRST)).hostId());
    }

    @Test
    void spreadPutsEachVmOnTheLeastLoadedHostAcrossClusters() {
        PlacementRequest r = medium("acme", NORTH).with(PlacementStrategy.SPREAD);
        // A pool without tags takes untagged disks and so does the ssd pool: both clusters are candidates.
        List<Long> hosts = hostsOf(6, r);
        assertEquals(List.of(101L, 111L, 112L, 102L), hosts.subList(0, 4));
        // The least loaded cluster first, then its least loaded host: no host gets a second VM while its cluster
        // has an empty one.
        for (long host : hosts) {
            assertTrue(hosts.stream().filter(h -> h == host).count() <= 2, hosts::toString);
        }
    }

    @Test
    void spreadMyVmsPrefersHostsWithoutTheTenantsVmsEvenWhenTheyAreBusier() {
        CapacityModel m = new CapacityModel();
        m.addZone(1, "Park-North", true, true, Set.of(), PlacementStrategy.SPREAD_MY_VMS);
        m.addCluster(10, 1, "KVM-A1", true, 0.85, 0.85, 0.85, 1.0, 1.0);
        m.addHost(1, 10, "kvm-a1-1", 8, 2000, 32768, Set.of(), HostState.ENABLED, 0, 0);
        m.addHost(2, 10, "kvm-a1-2", 8, 2000, 32768, Set.of(), HostState.ENABLED, 0, 0);
        m.addHost(3, 10, "kvm-a1-3", 8, 2000, 32768, Set.of(), HostState.ENABLED, 0, 0);
        m.addPool(100, 10, "a1-primary", 1000, 0, Set.of());
        m.reserve(1, 100, "globex", 8000, 20480, 0);
        m.reserve(2, 100, "acme", 2000, 2048, 0);
        m.reserve(3, 100, "acme", 2000, 4096, 0);
        PlacementRequest r = medium("acme", 1);
        assertEquals(2L, ((Placed) planner.decide(m, r.with(PlacementStrategy.SPREAD))).hostId(), "least loaded");
        Placed mine = (Placed) planner.decide(m, r);
        assertEquals(1L, mine.hostId(), "the only host without acme's VMs, though the busiest");
        m.reserve(mine.hostId(), mine.poolId(), "acme", r.mhz(), r.ramMib(), r.diskGb());
        assertEquals(2L, ((Placed) planner.decide(m, r)).hostId(), "one each now: the least loaded of them");
        long forGlobex = ((Placed) planner.decide(m, PlacementRequest.of("globex", 1, 2, 2000, 4096, 20)
                .with(PlacementStrategy.SPREAD_MY_VMS))).hostId();
        assertTrue(forGlobex == 2L || forGlobex == 3L, "globex spreads away from its own VM on host 1");
    }

    @Test
    void spreadMyVmsPrefersTheClusterWithFewerOfTheTenantsVms() {
        model.reserve(102, 1001, "acme", 2000, 2048, 0);
        PlacementRequest r = medium("acme", NORTH).with(PlacementStrategy.SPREAD_MY_VMS);
        // VMW-B1 has none of acme's VMs; then both clusters have one and the less loaded KVM-A1 gets a host
        // without acme's VM.
        assertEquals(List.of(111L, 101L), hostsOf(2, r));
    }

    @Test
    void aVmWithHostTagsGoesOnlyToHostsCarryingThemAll() {
        assertEquals(List.of(104L, 104L), hostsOf(2, medium("acme", NORTH).withHostTags("gpu")));
        PlacementRefusal none = refusal(medium("acme", NORTH).withHostTags("gpu", "fpga"));
        assertEquals(Kind.NO_HOST_WITH_TAGS, none.kind());
        assertEquals("No enabled host with tag fpga, gpu in zone Park-North.", english(none));
    }

    @Test
    void noNewVmOnceAClusterWouldPassItsRamThreshold() {
        CapacityModel m = new CapacityModel();
        m.addZone(1, "Park-North", true, true, Set.of(), null);
        m.addCluster(10, 1, "KVM-A1", true, 0.85, 0.85, 0.85, 1.0, 1.0);
        m.addHost(1, 10, "kvm-a1-1", 16, 2000, 32768, Set.of(), HostState.ENABLED, 0, 24576);
        m.addHost(2, 10, "kvm-a1-2", 16, 2000, 32768, Set.of(), HostState.ENABLED, 0, 26624);
        m.addPool(100, 10, "a1-primary", 1000, 0, Set.of());
        // 51200 of 65536 MiB are taken (78 %); 8192 more would make 90.6 %, past 85 %, though each host has room.
        PlacementRefusal r = ((Refused) planner.decide(m, PlacementRequest.of("acme", 1, 2, 1000, 8192, 20)))
                .refusal();
        assertEquals(Kind.CLUSTER_THRESHOLD, r.kind());
        assertEquals(Resource.RAM, r.resource());
        assertEquals("RAM: cluster KVM-A1 in zone Park-North would reach 91 % (threshold 85 %).", english(r));
        assertEquals("RAM: Cluster KVM-A1 in der Zone Park-North würde 91 % erreichen (Schwelle 85 %).",
                CloudTexts.of(Locale.GERMAN).refusal(r));
        // 4096 MiB more stay under: 84.4 %.
        assertInstanceOf(Placed.class, planner.decide(m, PlacementRequest.of("acme", 1, 2, 1000, 4096, 20)));
    }

    @Test
    void theCpuThresholdCountsOvercommittedMegahertz() {
        CapacityModel m = new CapacityModel();
        m.addZone(1, "Park-North", true, true, Set.of(), null);
        m.addCluster(10, 1, "KVM-A1", true, 0.5, 0.85, 0.85, 2.0, 1.0);
        m.addHost(1, 10, "kvm-a1-1", 4, 2000, 65536, Set.of(), HostState.ENABLED, 0, 0);
        m.addPool(100, 10, "a1-primary", 1000, 0, Set.of());
        // 4 × 2000 × 2.0 = 16000 MHz, half of it 8000: four 2000 MHz vCPUs fit, a fifth would make 63 %.
        assertInstanceOf(Placed.class, planner.decide(m, PlacementRequest.of("acme", 1, 4, 2000, 1024, 10)));
        PlacementRefusal r = ((Refused) planner.decide(m, PlacementRequest.of("acme", 1, 4, 2500, 1024, 10)))
                .refusal();
        assertEquals("CPU: cluster KVM-A1 in zone Park-North would reach 63 % (threshold 50 %).", english(r));
    }

    @Test
    void hostsInMaintenanceOrDisabledTakeNoNewVms() {
        model.changeHostState(101, HostState.MAINTENANCE);
        model.changeHostState(102, HostState.DISABLED);
        model.changeHostState(104, HostState.MAINTENANCE);
        PlacementRequest packed = medium("acme", NORTH).with(PlacementStrategy.FILL_FIRST);
        assertEquals(List.of(103L, 103L), hostsOf(2, packed));
        assertEquals(Kind.NO_HOST_WITH_TAGS, refusal(medium("acme", NORTH).withHostTags("gpu")).kind());
        for (long host : List.of(103L, 111L, 112L)) {
            model.changeHostState(host, HostState.MAINTENANCE);
        }
        PlacementRefusal none = refusal(medium("acme", NORTH));
        assertEquals("No host in zone Park-North is enabled: all are in maintenance or disabled.", english(none));
    }

    @Test
    void aHostTheDriverFailedOnIsExcludedAndTheNextOneTried() {
        PlacementRequest r = medium("acme", NORTH).with(PlacementStrategy.FILL_FIRST).withStorageTags("ssd");
        assertEquals(111L, ((Placed) planner.decide(model, r)).hostId());
        assertEquals(112L, ((Placed) planner.decide(model, r.excluding(111))).hostId());
        PlacementRefusal allFailed = refusal(r.excluding(111).excluding(112));
        assertEquals(Kind.ALL_HOSTS_FAILED, allFailed.kind());
        assertEquals("Every host in zone Park-North with room for this server failed to create it (vmw-b1-1, vmw-b1-2)."
                + " Please try again later.", english(allFailed));
    }

    @Test
    void aVmLargerThanAnyHostsFreeRoomNamesTheResourceAndTheMostFree() {
        CapacityModel m = new CapacityModel();
        m.addZone(1, "Park-North", true, true, Set.of(), null);
        m.addCluster(10, 1, "KVM-A1", true, 1.0, 1.0, 1.0, 1.0, 1.0);
        m.addHost(1, 10, "kvm-a1-1", 16, 2000, 16384, Set.of(), HostState.ENABLED, 0, 12288);
        m.addHost(2, 10, "kvm-a1-2", 16, 2000, 16384, Set.of(), HostState.ENABLED, 0, 8192);
        m.addPool(100, 10, "a1-primary", 1000, 0, Set.of());
        PlacementRefusal r = ((Refused) planner.decide(m, PlacementRequest.of("acme", 1, 1, 1000, 12288, 10)))
                .refusal();
        assertEquals("RAM: no enabled host in zone Park-North has 12288 MiB free (the most on one host is 8192 MiB,"
                + " in cluster KVM-A1).", english(r));
    }

    @Test
    void moreVcpusThanAnyHostHasCoresIsRefusedAsSuch() {
        PlacementRefusal r = refusal(PlacementRequest.of("acme", NORTH, 32, 1000, 1024, 10));
        assertEquals("CPU: 32 vCPUs asked, but no enabled host in zone Park-North has more than 16 cores.", english(r));
    }

    @Test
    void aPrivateZoneIsOnlyForItsTenantsAndSaysSoWithoutItsName() {
        assertEquals(201L, place(medium("globex", SOUTH)).hostId());
        PlacementRefusal r = refusal(medium("acme", SOUTH));
        assertEquals("Zone #2 does not exist or is not open to your company.", english(r));
        assertEquals(Kind.ZONE_UNAVAILABLE, refusal(medium("acme", 99)).kind());
    }

    @Test
    void aFullStoragePoolIsNamedWithItsCluster() {
        PlacementRefusal r = refusal(PlacementRequest.of("globex", SOUTH, 1, 1000, 1024, 900));
        assertEquals("Storage: pool s1-primary of cluster KVM-S1 in zone Park-South would reach 90 % (threshold 85 %).",
                english(r));
        assertEquals("Storage: no primary storage pool in zone Park-North has the tags nvme.",
                english(refusal(medium("acme", NORTH).withStorageTags("nvme"))));
    }

    @Test
    void aResizeMustFitOnItsHostAndUnderItsClustersThreshold() {
        Placed p = place(PlacementRequest.of("globex", SOUTH, 2, 2000, 4096, 20));
        assertTrue(planner.checkResize(model, p.hostId(), 4000, 4096).isEmpty());
        PlacementRefusal tooBig = planner.checkResize(model, p.hostId(), 0, 30000).orElseThrow();
        assertEquals("RAM: host kvm-s1-1 has no room for 30000 MiB more (28672 MiB free).", english(tooBig));
        PlacementRefusal threshold = planner.checkResize(model, p.hostId(), 0, 26000).orElseThrow();
        assertEquals(Kind.CLUSTER_THRESHOLD, threshold.kind());
        assertTrue(planner.checkResize(model, p.hostId(), -4000, -2048).isEmpty(), "shrinking always fits");
    }

    private static String english(PlacementRefusal r) {
        return CloudTexts.of(Locale.ENGLISH).refusal(r);
    }
}
