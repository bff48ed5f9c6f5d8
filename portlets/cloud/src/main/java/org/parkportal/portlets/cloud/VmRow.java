package org.parkportal.portlets.cloud;

import org.parkportal.cloud.machines.application.VmView;
import org.parkportal.cloud.machines.domain.VmState;

/** A VM as the table shows it, with the URLs that open it and that ask before destroying it. */
public record VmRow(VmView vm, String state, String created, String openUrl, String destroyUrl) {
    public VmView getVm() { return vm; }
    public String getState() { return state; }
    public String getCreated() { return created; }
    public String getOpenUrl() { return openUrl; }
    public String getDestroyUrl() { return destroyUrl; }
    public boolean isRunning() { return vm.state() == VmState.RUNNING; }
    public boolean isStopped() { return vm.state() == VmState.STOPPED; }
    public boolean isDestroyed() { return vm.state() == VmState.DESTROYED; }
}
