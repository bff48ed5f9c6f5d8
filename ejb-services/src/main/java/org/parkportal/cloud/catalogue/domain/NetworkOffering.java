package org.parkportal.cloud.catalogue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Set;
import java.util.regex.Pattern;
import org.parkportal.cloud.inventory.domain.SecondaryStorage;
import org.parkportal.cloud.inventory.domain.Words;
import org.parkportal.cloud.inventory.infrastructure.WordsColumn;
import org.parkportal.cloud.placement.domain.PlacementStrategy;

/** The services a guest network gets (source NAT, firewall, load balancer, DHCP, DNS); public IPs are billed as {@link BillingItems#PUBLIC_IP}. */
@Entity
@Table(name = "cloud_network_offering")
public class NetworkOffering {

    @Id
    @SequenceGenerator(name = "cloud_seq", sequenceName = "cloud_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cloud_seq")
    private Long id;

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

    @Convert(converter = WordsColumn.class)
    private Set<String> tenants;

    /** Retired: no longer orderable; the row stays for the VMs, volumes and orders that refer to it. */
    private boolean retired;

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
        this.tenants = Words.words(tenants);
    }

    /** Visible to all tenants (none listed) or to those listed from now on; what was ordered stays. */
    public void changeVisibility(Set<String> tenants) {
        this.tenants = Words.words(tenants);
    }

    public void retire() {
        this.retired = true;
    }

    public boolean retired() { return retired; }

    public boolean visibleTo(String tenant) {
        return Visibility.visibleTo(tenants, tenant);
    }

    public Long id() { return id; }
    public String code() { return code; }
    public String name() { return name; }
    public boolean sourceNat() { return sourceNat; }
    public boolean firewall() { return firewall; }
    public boolean loadBalancer() { return loadBalancer; }
    public boolean dhcp() { return dhcp; }
    public boolean dns() { return dns; }
    public String billingItem() { return billingItem; }
    public Set<String> tenants() { return tenants; }
}
