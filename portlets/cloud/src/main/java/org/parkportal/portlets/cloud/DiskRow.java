package org.parkportal.portlets.cloud;

import java.util.List;
import org.parkportal.cloud.machines.application.VmView;
import org.parkportal.cloud.machines.application.VolumeView;

/**
 * A data disk attached to no VM: its zone's name, since when, the VMs it may be attached to, the URL that asks
 * before deleting it, and the VM chosen last time (a refused attach keeps the choice).
 */
public record DiskRow(VolumeView disk, String zone, String since, List<VmView> targets, String deleteUrl,
                      long chosen) {
    public VolumeView getDisk() { return disk; }
    public String getZone() { return zone; }
    public String getSince() { return since; }
    public List<VmView> getTargets() { return targets; }
    public String getDeleteUrl() { return deleteUrl; }
    public long getChosen() { return chosen; }
}
