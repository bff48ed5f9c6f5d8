package org.parkportal.cloud.driver.domain;

/**
 * A VM to create: our id for it (the driver's idempotency key), its name, the host placement chose (by name, as the
 * hypervisor knows it), size, the template to copy and the root disk size.
 */
public record VmSpec(String vmId, String name, String hostName, int vcpus, int mhzPerVcpu, long ramMib,
                     String templateName, long rootDiskGb) {

    public VmSpec {
        if (vmId == null || vmId.isBlank() || hostName == null || hostName.isBlank()) {
            throw new IllegalArgumentException("a VM needs an id and a host");
        }
    }
}
