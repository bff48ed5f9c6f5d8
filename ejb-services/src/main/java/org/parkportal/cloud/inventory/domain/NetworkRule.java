package org.parkportal.cloud.inventory.domain;

import jakarta.persistence.Column;
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
import java.util.List;

/**
 * One rule of a network: a firewall opening (ports from a source CIDR), a port forward or a load-balancer rule to a
 * target (an address or a list of VM names), as the CloudStack UI offers them.
 */
@Entity
@Table(name = "cloud_network_rule")
public class NetworkRule {

    public enum Kind { FIREWALL, PORT_FORWARDING, LOAD_BALANCER }

    /** The protocols a rule may name, in the order a form offers them. */
    public static final List<String> PROTOCOLS = List.of("tcp", "udp", "icmp");

    @Id
    @SequenceGenerator(name = "cloud_seq", sequenceName = "cloud_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cloud_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "network_id")
    private Network network;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private String protocol;

    @Column(name = "port_first")
    private int portFirst;

    @Column(name = "port_last")
    private int portLast;

    private String source;

    private String target;

    protected NetworkRule() {
    }

    NetworkRule(Network network, Kind kind, String protocol, int portFirst, int portLast, String source,
                String target) {
        if (kind == null || protocol == null || !PROTOCOLS.contains(protocol) || portFirst < 0 || portLast > 65535
                || portFirst > portLast) {
            throw new InventoryRefused(InventoryRefused.Reason.INVALID_RULE, kind + " " + protocol + " "
                    + portFirst + "-" + portLast);
        }
        if (source == null || !source.strip().matches("[0-9.]+/([1-2]?[0-9]|3[0-2])")) {
            throw new InventoryRefused(InventoryRefused.Reason.INVALID_IP_RANGE, "source " + source);
        }
        this.network = network;
        this.kind = kind;
        this.protocol = protocol;
        this.portFirst = portFirst;
        this.portLast = portLast;
        this.source = source.strip();
        this.target = target == null || target.isBlank() ? null : target.strip();
    }

    public Long id() { return id; }
    public Network network() { return network; }
    public Kind kind() { return kind; }
    public String protocol() { return protocol; }
    public int portFirst() { return portFirst; }
    public int portLast() { return portLast; }
    public String source() { return source; }
    public String target() { return target; }
}
