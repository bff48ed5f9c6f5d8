package org.parkportal.cloud.driver.infrastructure;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Local;
import jakarta.ejb.Singleton;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.parkportal.cloud.driver.domain.CloudDriver;
import org.parkportal.cloud.driver.domain.DriverFailure;
import org.parkportal.cloud.driver.domain.DriverResult;
import org.parkportal.cloud.driver.domain.VmHandle;
import org.parkportal.cloud.driver.domain.VmHandle.PowerState;
import org.parkportal.cloud.driver.domain.VmSpec;

/**
 * The built-in driver: SIMULATED. No hypervisor is touched; VMs exist only in this driver's memory, on the hosts
 * placement chose from the inventory's capacity model (whose counters are the only capacity there is). It lets the
 * whole flow - order, placement, lifecycle, usage, bill - run on one machine. Its memory is lost on restart; a VM the
 * portal asks about afterwards is taken to be in the state the portal expects (the database is the record). A host can be told to fail ({@link #failOn}) to show
 * placement trying the next host.
 */
@Singleton
@Local(CloudDriver.class)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SimulatedCloudDriver implements CloudDriver {

    private final Map<String, VmHandle> vms = new ConcurrentHashMap<>();
    private final Map<String, String> volumes = new ConcurrentHashMap<>();
    private final Set<String> failingHosts = ConcurrentHashMap.newKeySet();
    private final AtomicLong snapshots = new AtomicLong();

    /** From now on, creating a VM on this host fails with HOST_FAILED (or, with false, works again). */
    public void failOn(String hostName, boolean failing) {
        if (failing) {
            failingHosts.add(hostName);
        } else {
            failingHosts.remove(hostName);
        }
    }

    @Override
    public DriverResult<VmHandle> createVm(VmSpec spec) {
        VmHandle existing = vms.get(spec.vmId());
        if (existing != null && existing.state() != PowerState.DESTROYED) {
            return DriverResult.done(existing);
        }
        if (failingHosts.contains(spec.hostName())) {
            return DriverResult.failed(DriverFailure.HOST_FAILED, "simulated failure of host " + spec.hostName());
        }
        VmHandle vm = new VmHandle(spec.vmId(), spec.hostName(), PowerState.RUNNING);
        vms.put(spec.vmId(), vm);
        return DriverResult.done(vm);
    }

    @Override
    public DriverResult<VmHandle> startVm(String vmId) {
        return change(vmId, PowerState.STOPPED, PowerState.RUNNING);
    }

    @Override
    public DriverResult<VmHandle> stopVm(String vmId, boolean force) {
        return change(vmId, PowerState.RUNNING, PowerState.STOPPED);
    }

    @Override
    public DriverResult<VmHandle> rebootVm(String vmId) {
        return change(vmId, PowerState.RUNNING, PowerState.RUNNING);
    }

    @Override
    public DriverResult<VmHandle> resizeVm(String vmId, int vcpus, int mhzPerVcpu, long ramMib) {
        // Like most hypervisors without hot-plug: only a stopped VM changes size.
        return change(vmId, PowerState.STOPPED, PowerState.STOPPED);
    }

    @Override
    public DriverResult<VmHandle> destroyVm(String vmId) {
        VmHandle vm = vms.get(vmId);
        if (vm == null) {
            return DriverResult.done(new VmHandle(vmId, null, PowerState.DESTROYED));
        }
        VmHandle gone = new VmHandle(vmId, vm.hostName(), PowerState.DESTROYED);
        vms.put(vmId, gone);
        volumes.values().removeIf(vmId::equals);
        return DriverResult.done(gone);
    }

    @Override
    public DriverResult<String> attachVolume(String vmId, String volumeId, long sizeGb) {
        VmHandle vm = vms.computeIfAbsent(vmId, unknown -> new VmHandle(unknown, null, PowerState.RUNNING));
        if (vm.state() == PowerState.DESTROYED) {
            return DriverResult.failed(DriverFailure.NOT_FOUND, "no VM " + vmId);
        }
        String owner = volumes.putIfAbsent(volumeId, vmId);
        if (owner != null && !owner.equals(vmId)) {
            return DriverResult.failed(DriverFailure.INVALID_STATE, volumeId + " is attached to " + owner);
        }
        return DriverResult.done(volumeId);
    }

    @Override
    public DriverResult<String> detachVolume(String vmId, String volumeId) {
        return volumes.remove(volumeId, vmId) ? DriverResult.done(volumeId)
                : DriverResult.failed(DriverFailure.NOT_FOUND, volumeId + " is not attached to " + vmId);
    }

    @Override
    public DriverResult<String> snapshot(String volumeId) {
        return DriverResult.done("snap-" + volumeId + "-" + snapshots.incrementAndGet());
    }

    @Override
    public String describe() {
        return "simulated (built in; no hypervisor)";
    }

    private DriverResult<VmHandle> change(String vmId, PowerState from, PowerState to) {
        // After a restart the portal's database still knows its VMs; the simulation takes them as they were.
        VmHandle vm = vms.computeIfAbsent(vmId, unknown -> new VmHandle(unknown, null, from));
        if (vm.state() == PowerState.DESTROYED) {
            return DriverResult.failed(DriverFailure.NOT_FOUND, "no VM " + vmId);
        }
        if (vm.state() != from) {
            return DriverResult.failed(DriverFailure.INVALID_STATE, vmId + " is " + vm.state());
        }
        VmHandle changed = new VmHandle(vmId, vm.hostName(), to);
        vms.put(vmId, changed);
        return DriverResult.done(changed);
    }
}
