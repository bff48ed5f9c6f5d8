package org.parkportal.cloud.machines.application;

import jakarta.ejb.Local;
import java.util.List;

/**
 * The VMs of the signed-in caller's tenant and what can be done with them, as in CloudStack's self-service UI.
 * Each operation changes the VM, tells the hypervisor (the {@code CloudDriver}) and reports the change to metering
 * in one transaction, so every state change becomes usage exactly once. Who may act: the VM's owner, the managers
 * of its tenant and cloud operators; anybody else gets NOT_FOUND, as for a VM that does not exist. A move the
 * state does not allow is refused with WRONG_STATE naming the state.
 */
@Local
public interface CloudMachines {

    List<VmView> machines();

    VmView machine(long id);

    VmView start(long id);

    VmView stop(long id);

    VmView reboot(long id);

    /** A new compute offering (vCPUs and RAM only for a custom one); the VM must be stopped. */
    VmView changeOffering(long id, long offeringId, Integer vcpus, Long ramMib);

    /** Destroys the VM now; its disks are deleted after the expunge delay ({@code cloud.expunge.hours}, default 24). */
    VmView destroy(long id);

    /**
     * The data disks attached to no VM (detached, or left when their VM was destroyed), by name: still billed, so
     * listed for their owner to attach or delete. Who sees which is as for {@link #machines()}: the owner of the VM a
     * disk was made for, the tenant's managers, operators.
     */
    List<VolumeView> detachedDisks();

    /** The VM's disks, root first. */
    List<VolumeView> volumes(long vmId);

    /** A new data disk of a disk offering (size for a custom one), attached to the VM. */
    VolumeView addDisk(long vmId, long diskOfferingId, Long sizeGb);

    VolumeView attach(long volumeId, long vmId);

    VolumeView detach(long volumeId);

    /** Deletes a detached data disk. */
    void deleteDisk(long volumeId);

    SnapshotView snapshot(long volumeId);

    List<SnapshotView> snapshots(long vmId);

    void deleteSnapshot(long snapshotId);
}
