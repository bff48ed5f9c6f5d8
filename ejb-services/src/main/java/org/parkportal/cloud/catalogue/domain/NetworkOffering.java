package org.parkportal.cloud.catalogue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Set;
import org.parkportal.cloud.inventory.domain.Words;

/** The services a guest network gets (source NAT, firewall, load balancer, DHCP, DNS); public IPs are billed as {@link BillingItems#PUBLIC_IP}. */
@Entity
@Table(name = "cloud_network_offering")
public class NetworkOffering extends CatalogueItem {

    private String code;

    private String name;

    @Column(name = "source_nat")
    private boolean sourceNat;

    private boolean firewall;

    @Column(name = "load_balancer")
    private boolean loadBalancer;

    private boolean dhcp;

    private boolean dns;

    @Column(name = "billing_item")
    private String billingItem;

    protected NetworkOffering() {
    }

    public NetworkOffering(String code, String name, boolean sourceNat, boolean firewall, boolean loadBalancer,
                           boolean dhcp, boolean dns, Set<String> tenants) {
        if (code == null || code.length() > 50 || !ComputeOffering.CODE.matcher(code).matches()) {
            throw new CatalogueRefused(CatalogueRefused.Reason.INVALID_CODE, "code " + code);
        }
        this.code = code;
        this.name = Words.name(name);
        this.sourceNat = sourceNat;
        this.firewall = firewall;
        this.loadBalancer = loadBalancer;
        this.dhcp = dhcp;
        this.dns = dns;
        this.billingItem = BillingItems.PUBLIC_IP;
        changeVisibility(tenants);
    }

    public String code() { return code; }
    public String name() { return name; }
    public boolean sourceNat() { return sourceNat; }
    public boolean firewall() { return firewall; }
    public boolean loadBalancer() { return loadBalancer; }
    public boolean dhcp() { return dhcp; }
    public boolean dns() { return dns; }
    public String billingItem() { return billingItem; }
}
