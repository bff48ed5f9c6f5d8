package org.parkportal.cloud.placement.infrastructure;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import org.parkportal.cloud.inventory.domain.AllocationLimits;
import org.parkportal.cloud.inventory.domain.Cluster;
import org.parkportal.cloud.inventory.domain.Host;
import org.parkportal.cloud.inventory.domain.PrimaryStoragePool;
import org.parkportal.cloud.inventory.domain.Zone;
import org.parkportal.cloud.placement.domain.CapacityModel;

/**
 * Reads one zone of the inventory, with its current allocations and per-host tenant VM counts, into a
 * {@link CapacityModel}. Every read goes to the database (the counters change by bulk updates that bypass
 * the persistence context), so call it after taking the zone's lock.
 */
public final class InventorySnapshot {

    private final EntityManager em;

    public InventorySnapshot(EntityManager em) {
        this.em = em;
    }

    /** The zone's model; an empty model when there is no such zone (the planner then says it is unavailable). */
    public CapacityModel zone(long zoneId) {
        CapacityModel model = new CapacityModel();
        Zone zone = em.find(Zone.class, zoneId);
        if (zone == null) {
            return model;
        }
        model.addZone(zone.id(), zone.name(), zone.enabled(), zone.publicZone(), zone.tenants(), zone.strategy());
        for (Cluster c : fresh(em.createQuery("select c from Cluster c where c.pod.zone.id = :zone order by c.id",
                Cluster.class).setParameter("zone", zoneId))) {
            AllocationLimits l = c.effectiveLimits();
            model.addCluster(c.id(), zoneId, c.name(), c.enabled(), l.cpuThreshold().doubleValue(),
                    l.ramThreshold().doubleValue(), l.storageThreshold().doubleValue(), l.cpuOvercommit().doubleValue(),
                    l.ramOvercommit().doubleValue());
        }
        for (Host h : fresh(em.createQuery("select h from Host h where h.cluster.pod.zone.id = :zone order by h.id",
                Host.class).setParameter("zone", zoneId))) {
            model.addHost(h.id(), h.cluster().id(), h.name(), h.cores(), h.mhzPerCore(), h.ramMib(), h.tags(),
                    h.state(), h.allocatedMhz(), h.allocatedRamMib());
        }
        for (PrimaryStoragePool p : fresh(em.createQuery("select p from PrimaryStoragePool p "
                + "where p.cluster.pod.zone.id = :zone order by p.id", PrimaryStoragePool.class)
                .setParameter("zone", zoneId))) {
            model.addPool(p.id(), p.cluster().id(), p.name(), p.capacityGb(), p.allocatedGb(), p.tags());
        }
        List<Object[]> counts = em.createQuery("select r.hostId, r.tenant, count(r) from Reservation r "
                + "where r.zoneId = :zone group by r.hostId, r.tenant", Object[].class)
                .setParameter("zone", zoneId).getResultList();
        for (Object[] row : counts) {
            model.setTenantVms((Long) row[0], (String) row[1], ((Number) row[2]).intValue());
        }
        return model;
    }

    private static <T> List<T> fresh(TypedQuery<T> query) {
        return query.setHint("jakarta.persistence.cache.retrieveMode", jakarta.persistence.CacheRetrieveMode.BYPASS)
                .setHint("eclipselink.refresh", "true").getResultList();
    }
}
