package org.parkportal.cloud.placement.infrastructure;

import jakarta.persistence.EntityManager;

/**
 * The allocated counters of clusters, hosts and pools, changed only by conditional updates ("add n where
 * allocated + n ≤ limit"), portable to H2 and PostgreSQL: a change that would pass a limit changes nothing and
 * reports it, so two transactions can never both take the last room, whatever the planner read before.
 */
public final class CapacityCounters {

    private final EntityManager em;

    public CapacityCounters(EntityManager em) {
        this.em = em;
    }

    /** Adds to the cluster's counters if both stay within the limits; whether it did. */
    public boolean takeOnCluster(long clusterId, long mhz, long ramMib, long mhzLimit, long ramLimit) {
        return em.createQuery("update Cluster c set c.allocatedMhz = c.allocatedMhz + :mhz, "
                        + "c.allocatedRamMib = c.allocatedRamMib + :ram where c.id = :id "
                        + "and c.allocatedMhz + :mhz <= :mhzLimit and c.allocatedRamMib + :ram <= :ramLimit")
                .setParameter("mhz", mhz).setParameter("ram", ramMib).setParameter("id", clusterId)
                .setParameter("mhzLimit", mhzLimit).setParameter("ramLimit", ramLimit).executeUpdate() == 1;
    }

    /** Adds to an enabled host's counters if both stay within its (overcommitted) capacity; whether it did. */
    public boolean takeOnHost(long hostId, long mhz, long ramMib, long mhzCapacity, long ramCapacity) {
        return em.createQuery("update Host h set h.allocatedMhz = h.allocatedMhz + :mhz, "
                        + "h.allocatedRamMib = h.allocatedRamMib + :ram where h.id = :id "
                        + "and h.state = org.parkportal.cloud.inventory.domain.HostState.ENABLED "
                        + "and h.allocatedMhz + :mhz <= :mhzCap and h.allocatedRamMib + :ram <= :ramCap")
                .setParameter("mhz", mhz).setParameter("ram", ramMib).setParameter("id", hostId)
                .setParameter("mhzCap", mhzCapacity).setParameter("ramCap", ramCapacity).executeUpdate() == 1;
    }

    /** The same for a host whose VM grows in place: its state does not matter (the VM is already there). */
    public boolean growOnHost(long hostId, long mhz, long ramMib, long mhzCapacity, long ramCapacity) {
        return em.createQuery("update Host h set h.allocatedMhz = h.allocatedMhz + :mhz, "
                        + "h.allocatedRamMib = h.allocatedRamMib + :ram where h.id = :id "
                        + "and h.allocatedMhz + :mhz <= :mhzCap and h.allocatedRamMib + :ram <= :ramCap")
                .setParameter("mhz", mhz).setParameter("ram", ramMib).setParameter("id", hostId)
                .setParameter("mhzCap", mhzCapacity).setParameter("ramCap", ramCapacity).executeUpdate() == 1;
    }

    public boolean takeOnPool(long poolId, long gb, long gbLimit) {
        return em.createQuery("update PrimaryStoragePool p set p.allocatedGb = p.allocatedGb + :gb where p.id = :id "
                        + "and p.allocatedGb + :gb <= :limit")
                .setParameter("gb", gb).setParameter("id", poolId).setParameter("limit", gbLimit)
                .executeUpdate() == 1;
    }

    /** Gives a reservation's resources back to its cluster, host and pool. */
    public void giveBack(long clusterId, long hostId, long poolId, long mhz, long ramMib, long gb) {
        giveBackToCluster(clusterId, mhz, ramMib);
        giveBackToHost(hostId, mhz, ramMib);
        giveBackToPool(poolId, gb);
    }

    public void giveBackToCluster(long clusterId, long mhz, long ramMib) {
        em.createQuery("update Cluster c set c.allocatedMhz = c.allocatedMhz - :mhz, "
                        + "c.allocatedRamMib = c.allocatedRamMib - :ram where c.id = :id")
                .setParameter("mhz", mhz).setParameter("ram", ramMib).setParameter("id", clusterId).executeUpdate();
    }

    public void giveBackToHost(long hostId, long mhz, long ramMib) {
        em.createQuery("update Host h set h.allocatedMhz = h.allocatedMhz - :mhz, "
                        + "h.allocatedRamMib = h.allocatedRamMib - :ram where h.id = :id")
                .setParameter("mhz", mhz).setParameter("ram", ramMib).setParameter("id", hostId).executeUpdate();
    }

    public void giveBackToPool(long poolId, long gb) {
        if (gb != 0) {
            em.createQuery("update PrimaryStoragePool p set p.allocatedGb = p.allocatedGb - :gb where p.id = :id")
                    .setParameter("gb", gb).setParameter("id", poolId).executeUpdate();
        }
    }
}
