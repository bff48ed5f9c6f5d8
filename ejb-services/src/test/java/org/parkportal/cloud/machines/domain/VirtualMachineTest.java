package org.parkportal.cloud.machines.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.parkportal.cloud.ordering.domain.OrderRefused;

class VirtualMachineTest {

    private static final Instant T = Instant.parse("2026-11-26T12:00:00Z");

    @Test
    void aVmStopsStartsAndIsDestroyedWithItsExpungeTime() {
        VirtualMachine vm = vm("acme");
        assertEquals(VmState.RUNNING, vm.state());
        vm.stop(T.plusSeconds(3600));
        assertEquals(T.plusSeconds(3600), vm.stateSince());
        vm.start(T.plusSeconds(7200));
        vm.destroy(T.plusSeconds(9000), Duration.ofDays(1));

        assertEquals(VmState.DESTROYED, vm.state());
        assertEquals(T.plusSeconds(9000).plus(Duration.ofDays(1)), vm.expungeAfter());
        vm.expunge();
        assertTrue(vm.expunged());
    }

    @Test
    void movesTheStateDoesNotAllowAreRefusedWithTheState() {
        VirtualMachine vm = vm("acme");
        assertEquals(OrderRefused.Reason.WRONG_STATE, assertThrows(OrderRefused.class, () -> vm.start(T)).reason());
        assertThrows(OrderRefused.class, () -> vm.changeOffering(2, "large", 4, 8192), "only when stopped");
        assertThrows(OrderRefused.class, vm::expunge, "only once destroyed");
        vm.destroy(T, Duration.ZERO);
        OrderRefused refused = assertThrows(OrderRefused.class, () -> vm.destroy(T, Duration.ZERO));
        assertEquals("DESTROYED", refused.arguments().get(0));
        assertThrows(OrderRefused.class, vm::requireRunning);
        assertThrows(OrderRefused.class, vm::requireAlive);
    }

    @Test
    void aStoppedVmChangesOffering() {
        VirtualMachine vm = vm("acme");
        vm.stop(T);
        vm.changeOffering(3, "large", 4, 8192);
        assertEquals("large", vm.offeringCode());
        assertEquals(4, vm.vcpus());
    }

    @Test
    void aDataDiskMovesBetweenVmsOfItsTenantAndZoneOnly() {
        VirtualMachine mine = vm("acme");
        VirtualMachine theirs = vm("globex");
        Volume disk = new Volume("acme", "data", Volume.Kind.DATA, 50, 1, 7, null, T);

        assertEquals(OrderRefused.Reason.NOT_FOUND, assertThrows(OrderRefused.class, () -> disk.attachTo(theirs)).reason());
        disk.attachTo(mine);
        assertThrows(OrderRefused.class, () -> disk.attachTo(mine), "already attached");
        assertNull(disk.detachedAt(), "attached: not detached since anything");
        assertFalse(disk.detached());
        disk.detach(T.plusSeconds(60));
        assertNull(disk.vmId());
        assertTrue(disk.detached());
        assertEquals(T.plusSeconds(60), disk.detachedAt());
        disk.delete(T);
        assertFalse(disk.detached(), "a deleted disk is listed nowhere");
        assertThrows(OrderRefused.class, () -> disk.attachTo(mine));
        assertThrows(OrderRefused.class, () -> new Snapshot(disk, T), "no snapshot of a deleted disk");

        Volume root = new Volume("acme", "root", Volume.Kind.ROOT, 20, 1, 7, 5L, T);
        assertThrows(OrderRefused.class, () -> root.detach(T), "a root disk stays with its VM");
        assertFalse(root.detached());
    }

    @Test
    void aDetachedDiskAttachesOnlyToALiveVmOfItsZoneAndForgetsWhenItWasDetached() {
        Volume disk = new Volume("acme", "data", Volume.Kind.DATA, 50, 1, 7, null, T);
        VirtualMachine elsewhere = new VirtualMachine("acme", "alice", "far", "o-2", 2, 2, 3, "medium", 2, 4096, T);
        elsewhere.placedOn(11, 8, 98, "10.2.0.5");
        assertEquals(OrderRefused.Reason.NOT_FOUND,
                assertThrows(OrderRefused.class, () -> disk.attachTo(elsewhere)).reason(), "another zone");

        VirtualMachine destroyed = vm("acme");
        destroyed.destroy(T, Duration.ZERO);
        OrderRefused refused = assertThrows(OrderRefused.class, () -> disk.attachTo(destroyed));
        assertEquals(OrderRefused.Reason.WRONG_STATE, refused.reason());
        assertEquals("DESTROYED", refused.arguments().get(0));

        VirtualMachine alive = vm("acme");
        disk.attachTo(alive);
        disk.detach(T.plusSeconds(5));
        disk.attachTo(alive);
        assertNull(disk.detachedAt());
        assertFalse(disk.detached());
    }

    private static VirtualMachine vm(String tenant) {
        VirtualMachine vm = new VirtualMachine(tenant, "alice", "web", "o-1", 1, 2, 3, "medium", 2, 4096, T);
        vm.placedOn(10, 7, 99, "10.1.0.5");
        return vm;
    }
}
