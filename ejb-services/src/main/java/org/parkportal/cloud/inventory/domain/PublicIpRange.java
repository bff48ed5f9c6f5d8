package org.parkportal.cloud.inventory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** Public addresses a network hands out for source NAT, static NAT and load balancers. */
@Entity
@Table(name = "cloud_public_ip_range")
public class PublicIpRange {

    @Id
    @SequenceGenerator(name = "cloud_seq", sequenceName = "cloud_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cloud_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "network_id")
    private Network network;

    @Column(name = "first_ip")
    private String firstIp;

    @Column(name = "last_ip")
    private String lastIp;

    protected PublicIpRange() {
    }

    PublicIpRange(Network network, IpRange range) {
        this.network = network;
        this.firstIp = range.first();
        this.lastIp = range.last();
    }

    public Long id() { return id; }
    public IpRange range() { return new IpRange(firstIp, lastIp); }
}
