package org.parkportal.cloud.ordering.domain;

/**
 * What a server order asks for, resolved against the catalogue: ids of the zone, template, compute offering,
 * network and disk offering (the last two may be null), and the sizes they give (a custom offering's chosen
 * vCPUs and RAM; the template's root disk; the data disk, 0 for none).
 */
public record ServerSpec(String name, long zoneId, long templateId, long offeringId, Long networkId,
                         Long diskOfferingId, int vcpus, long ramMib, long rootDiskGb, long dataDiskGb) {

    public ServerSpec {
        name = ServerName.of(name);
        if (vcpus < 1 || ramMib < 1 || rootDiskGb < 0 || dataDiskGb < 0) {
            throw new OrderRefused(OrderRefused.Reason.INVALID_INPUT, "size");
        }
    }

    public ResourceUse use() {
        return ResourceUse.oneVm(vcpus, ramMib, rootDiskGb + dataDiskGb);
    }
}
