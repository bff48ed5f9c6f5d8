package org.parkportal.cloud.placement.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.parkportal.cloud.driver.domain.CloudDriver;
import org.parkportal.cloud.driver.domain.DriverFailure;
import org.parkportal.cloud.driver.domain.DriverResult;
import org.parkportal.cloud.driver.domain.VmHandle;
import org.parkportal.cloud.driver.domain.VmSpec;

/**
 * Reserve, create the VM on the chosen host, and when the driver answers HOST_FAILED give the reservation back,
 * exclude that host and try again, at most {@code maxHosts} hosts. When every host that fits has failed, the planner
 * itself refuses with ALL_HOSTS_FAILED naming them. For the VM lifecycle service, which calls it with the Placement
 * service's reserve and release.
 */
public final class RetryingPlacement {

    /** How reservations are taken and given back (the Placement service, or a model in tests). */
    public interface Reservations {
        Reservation reserve(PlacementRequest request, String reference);

        void release(Reservation reservation);
    }

    /** A VM created on the reservation's host, or a driver failure other than HOST_FAILED (reservation given back). */
    public record Outcome(Reservation reservation, DriverResult<VmHandle> result, List<String> failedHosts) {
        public boolean created() {
            return result.succeeded();
        }
    }

    private final Reservations reservations;
    private final CloudDriver driver;
    private final int maxHosts;

    public RetryingPlacement(Reservations reservations, CloudDriver driver, int maxHosts) {
        this.reservations = reservations;
        this.driver = driver;
        this.maxHosts = maxHosts;
    }

    /**
     * @param spec the VM to create on a reservation's host
     * @throws PlacementRefused when nothing (more) fits
     */
    public Outcome place(PlacementRequest request, String reference, Function<Reservation, VmSpec> spec) {
        PlacementRequest attempt = request;
        List<String> failed = new ArrayList<>();
        for (int i = 0; ; i++) {
            Reservation reservation = reservations.reserve(attempt, reference);
            VmSpec vm = spec.apply(reservation);
            DriverResult<VmHandle> result = driver.createVm(vm);
            if (result.succeeded()) {
                return new Outcome(reservation, result, failed);
            }
            reservations.release(reservation);
            DriverResult.Failed<VmHandle> failure = (DriverResult.Failed<VmHandle>) result;
            if (failure.failure() != DriverFailure.HOST_FAILED || i + 1 >= maxHosts) {
                return new Outcome(null, result, failed);
            }
            failed.add(vm.hostName());
            attempt = attempt.excluding(reservation.hostId());
        }
    }
}
