package org.parkportal.bench.placement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.parkportal.cloud.inventory.domain.HostState;
import org.parkportal.cloud.placement.domain.CapacityModel;
import org.parkportal.cloud.placement.domain.CapacityModel.Host;
import org.parkportal.cloud.placement.domain.PlacementDecision;
import org.parkportal.cloud.placement.domain.PlacementRequest;
import org.parkportal.cloud.placement.domain.PlacementStrategy;
import org.parkportal.cloud.placement.domain.Planner;

/**
 * Placement decision time for 10, 1,000, 10,000 and 100,000 hosts on a synthetic, seeded inventory (clusters of up
 * to 100 hosts, 30-80 % allocated, some clusters near their threshold, 5 % of hosts in maintenance, 10 % with tag
 * gpu), after a warm-up; median and 99th percentile of many single decisions, each timed alone (the planner's p99 includes the odd GC
 * pause). The baseline is the
 * same decision by a naive full scan in the same run: every host visited, cluster totals summed from the hosts each
 * time, candidates sorted. Last line: RESULT placement_us_10k_hosts=<median µs> placement_us_100k_hosts=<median µs>.
 */
public final class PlacementBench {

    private static final int[] SIZES = {10, 1_000, 10_000, 100_000};
    private static final int HOSTS_PER_CLUSTER = 100;
    private static final PlacementStrategy[] STRATEGIES = PlacementStrategy.values();
    private static final String[] TENANTS = {"acme", "globex", "initech", "umbrella"};

    public static void main(String[] args) {
        int decisions = Integer.getInteger("bench.decisions", 2_000);
        System.out.printf("%n== Placement decision time (%d decisions per size after warm-up; µs)%n", decisions);
        System.out.printf("%9s %9s %14s %12s %16s %13s %9s%n", "hosts", "clusters", "planner_med", "planner_p99",
                "fullscan_med", "fullscan_p99", "speedup");
        double us10k = 0;
        double us100k = 0;
        for (int hosts : SIZES) {
            Random random = new Random(hosts);
            CapacityModel model = inventory(hosts, random);
            Planner planner = new Planner();
            PlacementRequest[] requests = requests(decisions, new Random(7));
            FullScan scan = new FullScan(model);
            // The full scan is slow at large sizes: it gets fewer warm-up rounds and samples, enough for its median.
            int warmUp = Math.max(2_000, 2_000_000 / hosts);
            int scanWarmUp = Math.max(20, Math.min(warmUp, 2_000_000 / hosts));
            long sink = 0;
            for (int i = 0; i < warmUp; i++) {
                sink += outcome(planner.decide(model, requests[i % requests.length]));
                if (i < scanWarmUp) {
                    sink += scan.decide(requests[i % requests.length]);
                }
            }
            double[] planned = new double[decisions];
            double[] scanned = new double[Math.min(decisions, Math.max(50, 5_000_000 / hosts))];
            int agree = 0;
            for (int i = 0; i < decisions; i++) {
                long t0 = System.nanoTime();
                PlacementDecision d = planner.decide(model, requests[i]);
                planned[i] = (System.nanoTime() - t0) / 1000.0;
                sink += outcome(d);
                if (i < scanned.length) {
                    long t1 = System.nanoTime();
                    long s = scan.decide(requests[i]);
                    scanned[i] = (System.nanoTime() - t1) / 1000.0;
                    if ((s >= 0) == (d instanceof PlacementDecision.Placed)) {
                        agree++;
                    }
                }
            }
            double pMed = percentile(planned, 50);
            double sMed = percentile(scanned, 50);
            System.out.printf("%9d %9d %14.1f %12.1f %16.1f %13.1f %8.0fx%n", hosts, model.clusters().size(), pMed,
                    percentile(planned, 99), sMed, percentile(scanned, 99), sMed / Math.max(pMed, 0.001));
            if (agree != scanned.length) {
                System.out.printf("          note: planner and full scan disagreed on placed/refused %d of %d times%n",
                        scanned.length - agree, scanned.length);
            }
            if (sink == 42) {
                System.out.println();
            }
            if (hosts == 10_000) {
                us10k = pMed;
            } else if (hosts == 100_000) {
                us100k = pMed;
            }
        }
        System.out.printf("RESULT placement_us_10k_hosts=%.1f placement_us_100k_hosts=%.1f%n", us10k, us100k);
    }

    private static long outcome(PlacementDecision d) {
        return d instanceof PlacementDecision.Placed p ? p.hostId() : -1;
    }

    private static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static PlacementRequest[] requests(int n, Random random) {
        int[][] sizes = {{1, 2000, 1024}, {2, 2000, 4096}, {4, 2000, 8192}, {8, 2000, 16384}};
        PlacementRequest[] requests = new PlacementRequest[n];
        for (int i = 0; i < n; i++) {
            int[] s = sizes[random.nextInt(sizes.length)];
            Set<String> tags = random.nextInt(10) == 0 ? Set.of("gpu") : Set.of();
            requests[i] = new PlacementRequest(TENANTS[random.nextInt(TENANTS.length)], 1, s[0], s[1], s[2], 40, tags,
                    Set.of(), STRATEGIES[random.nextInt(STRATEGIES.length)], Set.of());
        }
        return requests;
    }

    private static CapacityModel inventory(int hosts, Random random) {
        CapacityModel m = new CapacityModel();
        m.addZone(1, "Bench", true, true, Set.of(), PlacementStrategy.SPREAD);
        int clusters = Math.max(1, hosts / HOSTS_PER_CLUSTER);
        long hostId = 1;
        for (int c = 0; c < clusters; c++) {
            m.addCluster(c + 1, 1, "C" + c, true, 0.85, 0.85, 0.85, 1.0, 1.0);
            // A fifth of the clusters are loaded close to their threshold, so the planner has to skip some.
            double base = c % 5 == 0 ? 0.78 : 0.3 + random.nextDouble() * 0.4;
            int inCluster = Math.min(HOSTS_PER_CLUSTER, hosts - c * HOSTS_PER_CLUSTER);
            for (int h = 0; h < inCluster; h++) {
                int cores = 32;
                long ram = 262_144;
                double load = Math.min(0.95, Math.max(0, base + (random.nextDouble() - 0.5) * 0.2));
                Set<String> tags = random.nextInt(10) == 0 ? Set.of("gpu") : Set.of();
                HostState state = random.nextInt(20) == 0 ? HostState.MAINTENANCE : HostState.ENABLED;
                long id = hostId++;
                m.addHost(id, c + 1, "h" + id, cores, 2400, ram, tags, state, (long) (cores * 2400 * load),
                        (long) (ram * load));
                m.setTenantVms(id, TENANTS[random.nextInt(TENANTS.length)], 1 + random.nextInt(8));
            }
            m.addPool(c + 1, c + 1, "P" + c, 100_000, (long) (100_000 * base), Set.of());
        }
        return m;
    }

    /**
     * The baseline: what a planner without the model's running totals does for every decision. Visits all hosts,
     * sums each cluster's allocation and capacity from its hosts, filters, sorts all fitting hosts by the strategy.
     */
    private static final class FullScan {
        private final CapacityModel model;
        private final List<Host> hosts;

        FullScan(CapacityModel model) {
            this.model = model;
            this.hosts = new ArrayList<>(model.hosts());
        }

        long decide(PlacementRequest r) {
            Map<Long, long[]> clusters = new HashMap<>();
            for (Host h : hosts) {
                long[] sum = clusters.computeIfAbsent(h.clusterId(), id -> new long[4]);
                sum[0] += h.allocatedMhz();
                sum[1] += h.capacityMhz();
                sum[2] += h.allocatedRamMib();
                sum[3] += h.capacityRamMib();
            }
            List<Host> fitting = new ArrayList<>();
            for (Host h : hosts) {
                long[] c = clusters.get(h.clusterId());
                var cluster = model.cluster(h.clusterId());
                if (h.state() == HostState.ENABLED && h.tags().containsAll(r.hostTags())
                        && h.allocatedMhz() + r.mhz() <= h.capacityMhz()
                        && h.allocatedRamMib() + r.ramMib() <= h.capacityRamMib()
                        && c[0] + r.mhz() <= Planner.limit(c[1], cluster.cpuThreshold())
                        && c[2] + r.ramMib() <= Planner.limit(c[3], cluster.ramThreshold())) {
                    fitting.add(h);
                }
            }
            Comparator<Host> byLoad = Comparator.comparingDouble(
                    h -> Math.max((double) h.allocatedMhz() / h.capacityMhz(),
                            (double) h.allocatedRamMib() / h.capacityRamMib()));
            Comparator<Host> order = switch (r.strategy()) {
                case FILL_FIRST -> byLoad.reversed();
                case SPREAD -> byLoad;
                case SPREAD_MY_VMS -> Comparator.<Host>comparingInt(h -> h.tenantVms(r.tenant())).thenComparing(byLoad);
            };
            fitting.sort(order);
            return fitting.isEmpty() ? -1 : fitting.get(0).id();
        }
    }
}
