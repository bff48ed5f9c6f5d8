package org.parkportal.cloud.inventory.application.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parkportal.cloud.application.internal.CloudCaller;
import org.parkportal.cloud.inventory.application.CapacityFigures;
import org.parkportal.cloud.inventory.application.CapacityFigures.Level;
import org.parkportal.cloud.inventory.application.CapacityReport;
import org.parkportal.cloud.inventory.domain.AllocationLimits;
import org.parkportal.cloud.inventory.domain.Cluster;
import org.parkportal.cloud.inventory.domain.Host;
import org.parkportal.cloud.inventory.domain.PrimaryStoragePool;
import org.parkportal.cloud.inventory.domain.Zone;

/** Sums hosts and pools per cluster (capacity × the cluster's overcommit), then clusters per pod and zone. */
@Stateless
public class DefaultCapacityReport implements CapacityReport {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @EJB
    private CloudCaller caller;

    @Override
    public List<CapacityFigures> figures() {
        caller.requireOperator();
        Map<Long, long[]> byCluster = new LinkedHashMap<>();
        for (Host h : em.createQuery("select h from Host h", Host.class).getResultList()) {
            AllocationLimits l = h.cluster().effectiveLimits();
            long[] sum = byCluster.computeIfAbsent(h.cluster().id(), id -> new long[6]);
            sum[0] += h.allocatedMhz();
            sum[1] += (long) (h.physicalMhz() * l.cpuOvercommit().doubleValue());
            sum[2] += h.allocatedRamMib();
            sum[3] += (long) (h.ramMib() * l.ramOvercommit().doubleValue());
        }
        for (PrimaryStoragePool p : em.createQuery("select p from PrimaryStoragePool p", PrimaryStoragePool.class)
                .getResultList()) {
            long[] sum = byCluster.computeIfAbsent(p.cluster().id(), id -> new long[6]);
            sum[4] += p.allocatedGb();
            sum[5] += p.capacityGb();
        }
        List<CapacityFigures> figures = new ArrayList<>();
        List<Cluster> clusters = em.createQuery("select c from Cluster c order by c.name", Cluster.class)
                .getResultList();
        for (Zone z : em.createQuery("select z from Zone z order by z.name", Zone.class).getResultList()) {
            long[] zone = new long[6];
            Map<Long, long[]> pods = new LinkedHashMap<>();
            Map<Long, String> podNames = new LinkedHashMap<>();
            List<CapacityFigures> clusterRows = new ArrayList<>();
            for (Cluster c : clusters) {
                if (!c.zone().id().equals(z.id())) {
                    continue;
                }
                long[] sum = byCluster.getOrDefault(c.id(), new long[6]);
                long[] pod = pods.computeIfAbsent(c.pod().id(), id -> new long[6]);
                podNames.put(c.pod().id(), c.pod().name());
                for (int i = 0; i < 6; i++) {
                    pod[i] += sum[i];
                    zone[i] += sum[i];
                }
                clusterRows.add(row(Level.CLUSTER, c.id(), c.name(), z.name(), c.pod().name(), sum, c.effectiveLimits()));
            }
            figures.add(row(Level.ZONE, z.id(), z.name(), null, null, zone, z.limits()));
            podNames.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(p -> figures.add(
                    row(Level.POD, p.getKey(), p.getValue(), z.name(), null, pods.get(p.getKey()), z.limits())));
            figures.addAll(clusterRows);
        }
        return figures;
    }

    private static CapacityFigures row(Level level, long id, String name, String zone, String pod, long[] s,
                                       AllocationLimits l) {
        return new CapacityFigures(level, id, name, zone, pod, s[0], s[1], s[2], s[3], s[4], s[5], l.cpuThreshold(),
                l.ramThreshold(), l.storageThreshold());
    }
}
