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

/** A rack (or row) of a zone with its own management network; clusters belong to a pod. */
@Entity
@Table(name = "cloud_pod")
public class Pod {

    @Id
    @SequenceGenerator(name = "cloud_seq", sequenceName = "cloud_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cloud_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "zone_id")
    private Zone zone;

    private String name;

    private String gateway;

    private String netmask;

    protected Pod() {
    }

    public Pod(Zone zone, String name, String gateway, String netmask) {
        this.zone = zone;
        this.name = Words.name(name);
        this.gateway = IpRange.address(gateway, true);
        this.netmask = IpRange.address(netmask, true);
    }

    public Long id() { return id; }
    public Zone zone() { return zone; }
    public String name() { return name; }
    public String gateway() { return gateway; }
    public String netmask() { return netmask; }
}
