package org.parkportal.cloud.inventory.application;

/** A guest network to add to a zone: VLANs {@code vlanFirst..vlanLast}, guest CIDR and gateway, services, DNS. */
public record NewNetwork(String name, int vlanFirst, int vlanLast, String cidr, String gateway, boolean sourceNat,
                         boolean dhcp, String dns1, String dns2, String dnsDomain) {
}
