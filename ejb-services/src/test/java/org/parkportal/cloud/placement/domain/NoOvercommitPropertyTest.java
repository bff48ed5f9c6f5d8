package org.parkportal.cloud.placement.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.HashMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parkportal.cloud.inventory.domain.HostState;
import org.parkportal.cloud.placement.domain.CapacityModel.Cluster;
import org.parkportal.cloud.placement.domain.CapacityModel.Host;
import org.parkportal.cloud.placement.domain.CapacityModel.Pool;

/**
 * Seeded random sequences (repeatable, 4,000 steps each) of reservations, resizes, releases and host state changes
 * on an inventory with overcommit factors and thresholds: no host ever holds more than its capacity × overcommit,
 * no cluster or pool passes its threshold, and every host's allocation is exactly the sum of its live
 * reservations (none lost, none counted twice). Refusals must always carry a reason.
 */
class NoOvercommitPropertyTest {

    private static final String[] TENANTS = {"acme", "globex", "initech"};
    private static final String[][] TAG_SETS = {{}, {}, {"gpu"}, {"ssd"}, {"gpu", "ssd"}};
    private static final int[][] SIZES = {{1, 1000, 512}, {1, 2000, 1024}, {2, 2000, 4096}, {4, 2500, 8192},
            {8, 2000, 16384}};

    private record Live(long host, long pool, String tenant, long mhz, long ram, long disk) {
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 7, 42, 2026, 90210})
    void noSequenceOfReservationsResizesAndReleasesOvercommits(long seed) {
        Random random = new Random(seed);
        CapacityModel model = inventory(random);
        Planner planner = new Planner();
        List<Live> live = new ArrayList<>();
        int placed = 0;
        int refused = 0;
        for (int step = 0; step < 4000; step++) {
            int op = random.nextInt(10);
            if (op < 5 || live.isEmpty()) {
                int[] size = SIZES[random.nextInt(SIZES.length)];
                String[] tags = TAG_SETS[random.nextInt(TAG_SETS.length)];
                PlacementRequest r = new PlacementRequest(TENANTS[random.nextInt(TENANTS.length)], 1, size[0],
                        size[1], size[2], 10 + random.nextInt(100), Set.of(tags), Set.of(),
                        PlacementStrategy.values()[random.nextInt(3)], Set.of());
                PlacementDecision d = planner.decide(model, r);
                if (d instanceof PlacementDecision.Placed p) {
                    model.reserve(p.hostId(), p.poolId(), r.tenant(), r.mhz(), r.ramMib(), r.diskGb());
                    live.add(new Live(p.hostId(), p.poolId(), r.tenant(), r.mhz(), r.ramMib(), r.diskGb()));
                    placed++;
                } else {
                    PlacementRefusal why = ((PlacementDecision.Refused) d).refusal();
                    assertTrue(why.kind() != null && why.arguments().length > 0, why::toString);
                    refused++;
                }
            } else if (op < 7) {
                Live v = live.get(random.nextInt(live.size()));
                long dMhz = (random.nextInt(5) - 2) * 1000L;
                long dRam = (random.nextInt(5) - 2) * 2048L;
                dMhz = Math.max(dMhz, 1000 - v.mhz());
                dRam = Math.max(dRam, 512 - v.ram());
                Optional<PlacementRefusal> no = planner.checkResize(model, v.host(), dMhz, dRam);
                if (no.isEmpty()) {
                    model.resize(v.host(), dMhz, dRam);
                    live.set(live.indexOf(v), new Live(v.host(), v.pool(), v.tenant(), v.mhz() + dMhz,
                            v.ram() + dRam, v.disk()));
                }
            } else if (op < 9) {
                Live v = live.remove(random.nextInt(live.size()));
                model.release(v.host(), v.pool(), v.tenant(), v.mhz(), v.ram(), v.disk());
            } else {
                List<Host> hosts = new ArrayList<>(model.hosts());
                Host h = hosts.get(random.nextInt(hosts.size()));
                model.changeHostState(h.id(), HostState.values()[random.nextInt(3)]);
            }
            assertWithinLimits(model, live, seed, step);
        }
        assertTrue(placed > 100 && refused > 10, "the sequence exercised both outcomes: " + placed + "/" + refused);
    }

    private static void assertWithinLimits(CapacityModel model, List<Live> live, long seed, int step) {
        Map<Long, long[]> byHost = new HashMap<>();
        Map<Long, Long> byPool = new HashMap<>();
        for (Live v : live) {
            long[] sum = byHost.computeIfAbsent(v.host(), h -> new long[2]);
            sum[0] += v.mhz();
            sum[1] += v.ram();
            byPool.merge(v.pool(), v.disk(), Long::sum);
        }
        String at = "seed " + seed + " step " + step;
        for (Host h : model.hosts()) {
            long[] sum = byHost.getOrDefault(h.id(), new long[2]);
            assertEquals(sum[0], h.allocatedMhz(), at);
            assertEquals(sum[1], h.allocatedRamMib(), at);
            assertTrue(h.allocatedMhz() <= h.capacityMhz(), at + " CPU of " + h.name());
            assertTrue(h.allocatedRamMib() <= h.capacityRamMib(), at + " RAM of " + h.name());
        }
        for (Cluster c : model.clusters()) {
            assertTrue(c.allocatedMhz() <= Planner.limit(c.totalMhz(), c.cpuThreshold()), at + " CPU of " + c.name());
            assertTrue(c.allocatedRamMib() <= Planner.limit(c.totalRamMib(), c.ramThreshold()),
                    at + " RAM of " + c.name());
        }
        for (Pool p : model.pools()) {
            assertEquals((long) byPool.getOrDefault(p.id(), 0L), p.allocatedGb(), at);
            Cluster c = model.cluster(p.clusterId());
            assertTrue(p.allocatedGb() <= Planner.limit(p.capacityGb(), c.storageThreshold()), at + " " + p.name());
        }
    }

    /** Three clusters with different thresholds and overcommit factors, four hosts each with random tags. */
    private static CapacityModel inventory(Random random) {
        CapacityModel m = new CapacityModel();
        m.addZone(1, "Park-North", true, true, Set.of(), null);
        double[][] clusters = {{0.85, 0.85, 0.85, 1.0, 1.0}, {0.75, 0.9, 0.8, 4.0, 1.5}, {1.0, 1.0, 0.95, 2.0, 1.0}};
        long hostId = 100;
        for (int c = 0; c < clusters.length; c++) {
            double[] t = clusters[c];
            m.addCluster(10 + c, 1, "C" + c, true, t[0], t[1], t[2], t[3], t[4]);
            for (int h = 0; h < 4; h++) {
                m.addHost(hostId++, 10 + c, "h" + hostId, 4 + 4 * random.nextInt(4), 2000 + 500 * random.nextInt(3),
                        16384L << random.nextInt(3), Set.of(TAG_SETS[random.nextInt(TAG_SETS.length)]),
                        HostState.ENABLED, 0, 0);
            }
            m.addPool(1000 + c, 10 + c, "p" + c, 500 + 500L * random.nextInt(4), 0, Set.of());
        }
        return m;
    }
}
