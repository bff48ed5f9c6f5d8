package org.parkportal.cloud.driver.domain;

/**
 * What the cloud context asks of a hypervisor manager. One implementation per kind of cloud (the built-in
 * {@code SimulatedCloudDriver}; libvirt, the Apache CloudStack API or OpenStack can follow, see docs/cloud.md). Every
 * call is synchronous and answers a {@link DriverResult}: the value, or a typed {@link DriverFailure} - never an
 * exception for an expected failure. A driver keeps no inventory of its own beyond what it needs to map our ids to
 * its own: placement has already chosen the host and reserved its capacity before {@link #createVm} is called.
 * Calls are made outside of database transactions where they can be slow, and must be idempotent by {@code vmId}
 * (a retried create of an existing VM answers its handle).
 */
public interface CloudDriver {

    /** Creates (and starts) a VM on the host placement chose. HOST_FAILED means: release, exclude, try another. */
    DriverResult<VmHandle> createVm(VmSpec spec);

    DriverResult<VmHandle> startVm(String vmId);

    /** {@code force}: power off without asking the guest. */
    DriverResult<VmHandle> stopVm(String vmId, boolean force);

    DriverResult<VmHandle> rebootVm(String vmId);

    /** New CPU and RAM; drivers that cannot resize a running VM answer INVALID_STATE. */
    DriverResult<VmHandle> resizeVm(String vmId, int vcpus, int mhzPerVcpu, long ramMib);

    /** Removes the VM and its root disk; destroying a VM that is gone already succeeds. */
    DriverResult<VmHandle> destroyVm(String vmId);

    DriverResult<String> attachVolume(String vmId, String volumeId, long sizeGb);

    DriverResult<String> detachVolume(String vmId, String volumeId);

    /** A snapshot of a volume; answers the snapshot's id. */
    DriverResult<String> snapshot(String volumeId);

    /** For logs and the admin pages: e.g. "simulated", "libvirt qemu+ssh://...". */
    String describe();
}
