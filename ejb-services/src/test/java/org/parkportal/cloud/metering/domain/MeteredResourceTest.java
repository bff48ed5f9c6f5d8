package org.parkportal.cloud.metering.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The resource row: its log positions, its metering cursor, and the refusal of changes behind the cursor. */
class MeteredResourceTest {

    private static final Instant NOW = Instant.parse("2026-05-12T20:00:00Z");

    @Test
    void meteringStartsWithTheHourOfCreationAndEndsWithTheHourOfTheEnd() {
        MeteredResource ip = MeteredResource.create("ip-1", "acme",
                Change.of(ChangeKind.IP_ACQUIRED, Instant.parse("2026-05-12T10:15:00Z")), NOW).resource();
        assertEquals(Instant.parse("2026-05-12T10:00:00Z"), ip.meteredUntil());
        assertEquals(Instant.parse("2026-05-12T19:00:00Z"), ip.meterUntil(Instant.parse("2026-05-12T19:00:00Z")));

        MeteredChange released = ip.record(Change.of(ChangeKind.IP_RELEASED, Instant.parse("2026-05-12T12:45:00Z")), NOW);
        assertEquals(2, released.position());
        assertEquals(Instant.parse("2026-05-12T13:00:00Z"), ip.meterUntil(Instant.parse("2026-05-12T19:00:00Z")));
        assertEquals(Instant.parse("2026-05-12T12:00:00Z"), ip.meterUntil(Instant.parse("2026-05-12T12:00:00Z")));
    }

    @Test
    void aChangeInsideAnHourAlreadyMeteredIsRefusedNotLost() {
        MeteredResource vm = MeteredResource.create("vm-1", "acme",
                Change.vm(ChangeKind.VM_CREATED, Instant.parse("2026-05-12T10:15:00Z"), "small", 1), NOW).resource();
        vm.meteredUntil(Instant.parse("2026-05-12T12:00:00Z"));

        MeteringRefused refused = assertThrows(MeteringRefused.class,
                () -> vm.record(Change.of(ChangeKind.VM_STARTED, Instant.parse("2026-05-12T11:59:00Z")), NOW));
        assertEquals(MeteringRefused.Reason.ALREADY_METERED, refused.reason());
        assertEquals(Phase.STOPPED, vm.state().phase(), "a refused change leaves the state as it was");

        assertEquals(2, vm.record(Change.of(ChangeKind.VM_STARTED, Instant.parse("2026-05-12T12:00:00Z")), NOW).position());
        assertEquals(Phase.RUNNING, vm.state().phase());
    }

    @Test
    void theCursorNeverMovesBack() {
        MeteredResource vm = MeteredResource.create("vm-1", "acme",
                Change.vm(ChangeKind.VM_CREATED, Instant.parse("2026-05-12T10:15:00Z"), "small", 1), NOW).resource();
        vm.meteredUntil(Instant.parse("2026-05-12T14:00:00Z"));
        vm.meteredUntil(Instant.parse("2026-05-12T12:00:00Z"));
        assertEquals(Instant.parse("2026-05-12T14:00:00Z"), vm.meteredUntil());
    }
}
