package org.parkportal.cloud.inventory.domain;

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
import jakarta.persistence.Version;
import jakarta.persistence.Embedded;
import jakarta.persistence.Cacheable;
import java.util.Set;
import org.parkportal.cloud.inventory.infrastructure.WordsColumn;
import org.parkportal.cloud.placement.domain.PlacementStrategy;

/**
 * A zone (a data centre of the park): public, or private to the tenants listed; enabled or not for new VMs; its
 * allocation limits apply to every cluster that sets none; its placement strategy applies to offerings that set none.
 */
@Entity
@Table(name = "cloud_zone")
public class Zone {

    @Id
    @SequenceGenerator(name = "cloud_seq", sequenceName = "cloud_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cloud_seq")
    private Long id;

    private String name;

    @Column(name = "public_zone")
    private boolean publicZone;

    @Convert(converter = WordsColumn.class)
    private Set<String> tenants;

    private boolean enabled;

    @Enumerated(EnumType.STRING)
    private PlacementStrategy strategy;

    @Embedded
    private AllocationLimits limits;

    private String dns1;

    private String dns2;

    @Column(name = "internal_dns")
    private String internalDns;

    @Version
    private long version;

    protected Zone() {
    }

    public Zone(String name, boolean publicZone, Set<String> tenants, PlacementStrategy strategy,
                AllocationLimits limits) {
        this.name = Words.name(name);
        this.enabled = true;
        change(publicZone, tenants, strategy, limits);
    }

    public void change(boolean publicZone, Set<String> tenants, PlacementStrategy strategy, AllocationLimits limits) {
        this.publicZone = publicZone;
        this.tenants = Words.words(tenants);
        this.strategy = strategy == null ? PlacementStrategy.SPREAD : strategy;
        AllocationLimits complete = limits == null ? AllocationLimits.defaults() : limits.over(AllocationLimits.defaults());
        this.limits = complete;
    }

    public void dns(String dns1, String dns2, String internalDns) {
        this.dns1 = IpRange.address(dns1, true);
        this.dns2 = IpRange.address(dns2, true);
        this.internalDns = IpRange.address(internalDns, true);
    }

    public void enable(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean visibleTo(String tenant) {
        return publicZone || (tenant != null && tenants.contains(tenant));
    }

    public Long id() { return id; }
    public String name() { return name; }
    public boolean publicZone() { return publicZone; }
    public Set<String> tenants() { return tenants; }
    public boolean enabled() { return enabled; }
    public PlacementStrategy strategy() { return strategy; }
    public AllocationLimits limits() { return limits; }
    public String dns1() { return dns1; }
    public String dns2() { return dns2; }
    public String internalDns() { return internalDns; }
}
