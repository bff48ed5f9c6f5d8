package org.parkportal.cloud.placement.application;

import jakarta.ejb.Local;
import java.util.Optional;
import org.parkportal.cloud.placement.domain.PlacementRefused;
import org.parkportal.cloud.placement.domain.PlacementRequest;
import org.parkportal.cloud.placement.domain.Reservation;

/**
 * Where VMs go, and the capacity they hold. Each method joins the caller's transaction (or starts one), so an
 * ordering service's order and the reservation commit or roll back together. Reservations in one zone are
 * serialised by a row lock on the zone; the counters themselves are changed by conditional updates that never let
 * a host pass its capacity × overcommit or a cluster / pool its threshold (docs/cloud.md). No caller checks here:
 * the tenant is in the request, and the services that call this (ordering, VM lifecycle) check who asks.
 */
@Local
public interface Placement {

    /**
     * Decides and takes the reservation (host, cluster and pool counters) in the same transaction.
     *
     * @param reference what the reservation is for (an order or VM id), 1-100 characters
     * @throws PlacementRefused when nothing fits, naming the resource and place
     */
    Reservation reserve(PlacementRequest request, String reference);

    /** Gives the reservation's resources back (the VM is destroyed, or its creation failed). Unknown ids: nothing. */
    void release(long reservationId);

    /**
     * Changes a reservation's CPU and RAM on its host (change of offering); the VM stays where it is.
     *
     * @throws PlacementRefused with RESIZE_DOES_NOT_FIT or CLUSTER_THRESHOLD when it would not fit there
     */
    Reservation resize(long reservationId, int vcpus, int mhzPerVcpu, long ramMib);

    Optional<Reservation> reservation(long reservationId);
}
