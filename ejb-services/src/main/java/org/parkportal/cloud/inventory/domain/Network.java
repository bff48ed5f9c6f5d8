package org.parkportal.cloud.inventory.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A zone's guest network: its VLAN range, guest CIDR and gateway, source NAT, DHCP and DNS settings, public IP
 * ranges and firewall / port-forwarding / load-balancer rules. VLAN and public IP ranges may not overlap those of
 * the zone's other networks ({@link #checkAgainst}).
 */
@Entity
@Table(name = "cloud_network")
public class Network {

    @Id
    @SequenceGenerator(name = "cloud_seq", sequenceName = "cloud_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cloud_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "zone_id")
    private Zone zone;

    private String name;

    @Embedded
    private VlanRange vlans;

    private String cidr;

    private String gateway;

    @Column(name = "source_nat")
    private boolean sourceNat;

    private boolean dhcp;

    private String dns1;

    private String dns2;

    @Column(name = "dns_domain")
    private String dnsDomain;

    @OneToMany(mappedBy = "network", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<PublicIpRange> publicRanges = new ArrayList<>();

    @OneToMany(mappedBy = "network", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<NetworkRule> rules = new ArrayList<>();

    protected Network() {
    }

    public Network(Zone zone, String name, VlanRange vlans, String cidr, String gateway, boolean sourceNat,
                   boolean dhcp, String dns1, String dns2, String dnsDomain) {
        if (vlans == null) {
            throw new InventoryRefused(InventoryRefused.Reason.INVALID_VLAN_RANGE, "none");
        }
        if (cidr == null || !cidr.strip().matches("[0-9.]+/([1-2]?[0-9]|3[0-2])")) {
            throw new InventoryRefused(InventoryRefused.Reason.INVALID_IP_RANGE, "cidr " + cidr);
        }
        IpRange.address(cidr.strip().substring(0, cidr.strip().indexOf('/')), false);
        this.zone = zone;
        this.name = Words.name(name);
        this.vlans = vlans;
        this.cidr = cidr.strip();
        this.gateway = IpRange.address(gateway, false);
        this.sourceNat = sourceNat;
        this.dhcp = dhcp;
        this.dns1 = IpRange.address(dns1, true);
        this.dns2 = IpRange.address(dns2, true);
        this.dnsDomain = dnsDomain == null || dnsDomain.isBlank() ? null : Words.name(dnsDomain);
    }

    /** Refuses this network's VLANs or public IPs overlapping those of the zone's other networks. */
    public void checkAgainst(Collection<Network> others) {
        for (Network other : others) {
            boolean sameZone = other.zone == zone || (zone.id() != null && zone.id().equals(other.zone.id()));
            if (other == this || (id != null && id.equals(other.id)) || !sameZone) {
                continue;
            }
            if (other.vlans.overlaps(vlans)) {
                throw new InventoryRefused(InventoryRefused.Reason.VLAN_OVERLAP, vlans + " and " + other.name);
            }
            for (PublicIpRange mine : publicRanges) {
                for (PublicIpRange theirs : other.publicRanges) {
                    if (mine.range().overlaps(theirs.range())) {
                        throw new InventoryRefused(InventoryRefused.Reason.IP_RANGE_OVERLAP, mine.range() + " and "
                                + other.name);
                    }
                }
            }
        }
    }

    public PublicIpRange addPublicRange(IpRange range) {
        for (PublicIpRange existing : publicRanges) {
            if (existing.range().overlaps(range)) {
                throw new InventoryRefused(InventoryRefused.Reason.IP_RANGE_OVERLAP, range + " in " + name);
            }
        }
        PublicIpRange added = new PublicIpRange(this, range);
        publicRanges.add(added);
        return added;
    }

    public NetworkRule addRule(NetworkRule.Kind kind, String protocol, int portFirst, int portLast, String source,
                               String target) {
        NetworkRule rule = new NetworkRule(this, kind, protocol, portFirst, portLast, source, target);
        rules.add(rule);
        return rule;
    }

    /** Takes one of this network's rules away; refused (RULE_NOT_FOUND) for a rule of another network or none. */
    public void removeRule(NetworkRule rule) {
        if (rule == null || !rules.remove(rule)) {
            throw new InventoryRefused(InventoryRefused.Reason.RULE_NOT_FOUND, "rule of " + name);
        }
    }

    public Long id() { return id; }
    public Zone zone() { return zone; }
    public String name() { return name; }
    public VlanRange vlans() { return vlans; }
    public String cidr() { return cidr; }
    public String gateway() { return gateway; }
    public boolean sourceNat() { return sourceNat; }
    public boolean dhcp() { return dhcp; }
    public String dns1() { return dns1; }
    public String dns2() { return dns2; }
    public String dnsDomain() { return dnsDomain; }
    public List<PublicIpRange> publicRanges() { return List.copyOf(publicRanges); }
    public List<NetworkRule> rules() { return List.copyOf(rules); }
}
