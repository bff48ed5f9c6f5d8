package org.parkportal.cloud.placement.application.internal;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.logging.Logger;
import org.parkportal.cloud.inventory.domain.Zone;
import org.parkportal.cloud.placement.application.Placement;
import org.parkportal.cloud.placement.domain.CapacityModel;
import org.parkportal.cloud.placement.domain.PlacementDecision;
import org.parkportal.cloud.placement.domain.PlacementRefusal;
import org.parkportal.cloud.placement.domain.PlacementRefused;
import org.parkportal.cloud.placement.domain.PlacementRequest;
import org.parkportal.cloud.placement.domain.Planner;
import org.parkportal.cloud.placement.domain.Reservation;
import org.parkportal.cloud.placement.infrastructure.CapacityCounters;
import org.parkportal.cloud.placement.infrastructure.InventorySnapshot;

/**
 * Lock the zone (PESSIMISTIC_WRITE: SELECT ... FOR UPDATE on H2 and PostgreSQL), read its capacity fresh, decide,
 * then take the counters with conditional updates in the order cluster → host → pool. The zone lock makes the
 * decision see every earlier reservation of the zone, so the conditional updates normally all succeed; they are the
 * guarantee should a counter have been changed some other way, and a host that fails them is excluded and the
 * decision made again. One lock per transaction and zone, always taken first: no deadlock between reservations.
 */
@Stateless
public class DefaultPlacement implements Placement {

    private static final Logger LOG = Logger.getLogger(DefaultPlacement.class.getName());
    private static final int MAX_ATTEMPTS = 5;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    private final Planner planner = new Planner();

    @Override
    public Reservation reserve(PlacementRequest request, String reference) {
        lockZone(request.zoneId());
        CapacityCounters counters = new CapacityCounters(em);
        PlacementRequest attempt = request;
        for (int i = 0; i < MAX_ATTEMPTS; i++) {
            CapacityModel model = new InventorySnapshot(em).zone(request.zoneId());
            PlacementDecision decision = planner.decide(model, attempt);
            if (decision instanceof PlacementDecision.Refused refused) {
                LOG.fine(() -> "Placement refused for " + request.tenant() + " " + reference + ": " + refused.refusal());
                throw new PlacementRefused(refused.refusal());
            }
            PlacementDecision.Placed placed = (PlacementDecision.Placed) decision;
            if (take(model, counters, placed, attempt)) {
                Reservation reservation = new Reservation(attempt, reference, placed);
                em.persist(reservation);
                em.flush();
                return reservation;
            }
            LOG.warning(() -> "Counters of host " + placed.hostId() + " refused a reservation the planner allowed;"
                    + " trying without it");
            attempt = attempt.excluding(placed.hostId());
        }
        throw new IllegalStateException("no reservation after " + MAX_ATTEMPTS + " attempts in zone "
                + request.zoneId());
    }

    @Override
    public void release(long reservationId) {
        Reservation r = em.find(Reservation.class, reservationId);
        if (r == null) {
            return;
        }
        lockZone(r.zoneId());
        new CapacityCounters(em).giveBack(r.clusterId(), r.hostId(), r.poolId(), r.mhz(), r.ramMib(), r.diskGb());
        em.remove(r);
        em.flush();
    }

    @Override
    public Reservation resize(long reservationId, int vcpus, int mhzPerVcpu, long ramMib) {
        if (vcpus < 1 || mhzPerVcpu < 1 || ramMib < 1) {
            throw new IllegalArgumentException("vCPUs, MHz and RAM must be positive");
        }
        Reservation r = em.find(Reservation.class, reservationId);
        if (r == null) {
            throw new IllegalArgumentException("no reservation " + reservationId);
        }
        lockZone(r.zoneId());
        em.refresh(r);
        CapacityModel model = new InventorySnapshot(em).zone(r.zoneId());
        long mhz = (long) vcpus * mhzPerVcpu;
        long dMhz = mhz - r.mhz();
        long dRam = ramMib - r.ramMib();
        Optional<PlacementRefusal> no = planner.checkResize(model, r.hostId(), dMhz, dRam);
        if (no.isPresent()) {
            throw new PlacementRefused(no.get());
        }
        CapacityModel.Cluster c = model.cluster(r.clusterId());
        CapacityModel.Host h = model.host(r.hostId());
        CapacityCounters counters = new CapacityCounters(em);
        // Shrinking needs no limit; growing is checked again by the conditional updates.
        long mhzLimit = dMhz <= 0 ? Long.MAX_VALUE : Planner.limit(c.totalMhz(), c.cpuThreshold());
        long ramLimit = dRam <= 0 ? Long.MAX_VALUE : Planner.limit(c.totalRamMib(), c.ramThreshold());
        if (!counters.takeOnCluster(c.id(), dMhz, dRam, mhzLimit, ramLimit)) {
            throw new IllegalStateException("cluster counters of " + c.name() + " moved under the zone lock");
        }
        if (!counters.growOnHost(h.id(), dMhz, dRam, dMhz <= 0 ? Long.MAX_VALUE : h.capacityMhz(),
                dRam <= 0 ? Long.MAX_VALUE : h.capacityRamMib())) {
            throw new IllegalStateException("host counters of " + h.name() + " moved under the zone lock");
        }
        r.resize(vcpus, mhz, ramMib);
        em.flush();
        return r;
    }

    @Override
    public Optional<Reservation> reservation(long reservationId) {
        return Optional.ofNullable(em.find(Reservation.class, reservationId));
    }

    /** Serialises reservations per zone; an unknown zone is left to the planner to refuse. */
    private void lockZone(long zoneId) {
        em.find(Zone.class, zoneId, LockModeType.PESSIMISTIC_WRITE);
    }

    private static boolean take(CapacityModel model, CapacityCounters counters, PlacementDecision.Placed placed,
                                PlacementRequest r) {
        CapacityModel.Cluster c = model.cluster(placed.clusterId());
        CapacityModel.Host h = model.host(placed.hostId());
        CapacityModel.Pool p = model.pool(placed.poolId());
        if (!counters.takeOnCluster(c.id(), r.mhz(), r.ramMib(), Planner.limit(c.totalMhz(), c.cpuThreshold()),
                Planner.limit(c.totalRamMib(), c.ramThreshold()))) {
            return false;
        }
        if (!counters.takeOnHost(h.id(), r.mhz(), r.ramMib(), h.capacityMhz(), h.capacityRamMib())) {
            counters.giveBackToCluster(c.id(), r.mhz(), r.ramMib());
            return false;
        }
        if (r.diskGb() > 0 && !counters.takeOnPool(p.id(), r.diskGb(),
                Planner.limit(p.capacityGb(), c.storageThreshold()))) {
            counters.giveBackToHost(h.id(), r.mhz(), r.ramMib());
            counters.giveBackToCluster(c.id(), r.mhz(), r.ramMib());
            return false;
        }
        return true;
    }
}
