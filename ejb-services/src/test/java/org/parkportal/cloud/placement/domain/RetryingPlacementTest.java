package org.parkportal.cloud.placement.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.parkportal.cloud.application.CloudTexts;
import org.parkportal.cloud.driver.domain.VmHandle;
import org.parkportal.cloud.driver.domain.VmSpec;
import org.parkportal.cloud.driver.infrastructure.SimulatedCloudDriver;

/** The driver fails on a host: the reservation goes back, the host is excluded, the next one is tried. */
class RetryingPlacementTest {

    private final CapacityModel model = ParkInventory.model();
    private final Planner planner = new Planner();
    private final SimulatedCloudDriver driver = new SimulatedCloudDriver();

    private final RetryingPlacement.Reservations inMemory = new RetryingPlacement.Reservations() {
        @Override
        public Reservation reserve(PlacementRequest r, String reference) {
            PlacementDecision d = planner.decide(model, r);
            if (d instanceof PlacementDecision.Refused refused) {
                throw new PlacementRefused(refused.refusal());
            }
            PlacementDecision.Placed p = (PlacementDecision.Placed) d;
            model.reserve(p.hostId(), p.poolId(), r.tenant(), r.mhz(), r.ramMib(), r.diskGb());
            return new Reservation(r, reference, p);
        }

        @Override
        public void release(Reservation r) {
            model.release(r.hostId(), r.poolId(), r.tenant(), r.mhz(), r.ramMib(), r.diskGb());
        }
    };

    private final PlacementRequest packed = PlacementRequest.of("acme", ParkInventory.NORTH, 2, 2000, 4096, 20)
            .with(PlacementStrategy.FILL_FIRST).withStorageTags("ssd");

    private VmSpec spec(Reservation r) {
        return new VmSpec("vm-1", "web-1", model.host(r.hostId()).name(), r.vcpus(), 2000, r.ramMib(), "Debian 12", 20);
    }

    @Test
    void aHostThatFailsIsGivenBackAndTheNextHostGetsTheVm() {
        driver.failOn("vmw-b1-1", true);

        RetryingPlacement.Outcome outcome = new RetryingPlacement(inMemory, driver, 3).place(packed, "order-1", this::spec);

        assertTrue(outcome.created());
        assertEquals(112L, outcome.reservation().hostId());
        assertEquals(List.of("vmw-b1-1"), outcome.failedHosts());
        assertEquals(0, model.host(111).allocatedMhz(), "the failed host's reservation was given back");
        assertEquals(4000, model.host(112).allocatedMhz());
        VmHandle vm = ((org.parkportal.cloud.driver.domain.DriverResult.Done<VmHandle>) outcome.result()).value();
        assertEquals("vmw-b1-2", vm.hostName());
    }

    @Test
    void whenEveryFittingHostFailsTheRefusalNamesThem() {
        driver.failOn("vmw-b1-1", true);
        driver.failOn("vmw-b1-2", true);

        PlacementRefused refused = assertThrows(PlacementRefused.class,
                () -> new RetryingPlacement(inMemory, driver, 5).place(packed, "order-2", this::spec));

        assertEquals("Every host in zone Park-North with room for this server failed to create it (vmw-b1-1, vmw-b1-2)."
                + " Please try again later.", CloudTexts.of(Locale.ENGLISH).refusal(refused.refusal()));
        model.hosts().forEach(h -> assertEquals(0, h.allocatedMhz(), h.name()));
    }
}
