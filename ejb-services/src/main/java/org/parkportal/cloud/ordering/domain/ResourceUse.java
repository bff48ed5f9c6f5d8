package org.parkportal.cloud.ordering.domain;

/** Resources a tenant holds or asks for: VMs, their vCPUs, RAM and disk. */
public record ResourceUse(long vms, long vcpus, long ramMib, long storageGb) {

    public static final ResourceUse NONE = new ResourceUse(0, 0, 0, 0);

    public static ResourceUse oneVm(int vcpus, long ramMib, long storageGb) {
        return new ResourceUse(1, vcpus, ramMib, storageGb);
    }

    public ResourceUse plus(ResourceUse other) {
        return new ResourceUse(vms + other.vms, vcpus + other.vcpus, ramMib + other.ramMib, storageGb + other.storageGb);
    }
}
