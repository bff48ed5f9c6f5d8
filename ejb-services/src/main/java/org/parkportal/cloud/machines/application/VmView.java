package org.parkportal.cloud.machines.application;

import java.time.Instant;
import org.parkportal.cloud.machines.domain.VirtualMachine;
import org.parkportal.cloud.machines.domain.VmState;

/** A VM as its tenant sees it (the host it runs on is the operators' business and not shown). */
public record VmView(long id, String name, VmState state, String tenant, String owner, String orderId, long zoneId,
                     long templateId, long offeringId, String offering, int vcpus, long ramMib, String ipAddress,
                     Instant createdAt, Instant stateSince, Instant expungeAfter) {

    public static VmView of(VirtualMachine vm) {
        return new VmView(vm.id(), vm.name(), vm.state(), vm.tenant(), vm.owner(), vm.orderId(), vm.zoneId(),
                vm.templateId(), vm.offeringId(), vm.offeringCode(), vm.vcpus(), vm.ramMib(), vm.ipAddress(),
                vm.createdAt(), vm.stateSince(), vm.expungeAfter());
    }
}
