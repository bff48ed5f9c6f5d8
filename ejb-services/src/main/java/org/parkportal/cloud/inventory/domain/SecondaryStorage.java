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

/** A zone's secondary storage (NFS or object store): templates, ISOs and snapshots live here. */
@Entity
@Table(name = "cloud_secondary_storage")
public class SecondaryStorage {

    @Id
    @SequenceGenerator(name = "cloud_seq", sequenceName = "cloud_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cloud_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "zone_id")
    private Zone zone;

    private String name;

    private String url;

    @Column(name = "capacity_gb")
    private long capacityGb;

    @Column(name = "used_gb")
    private long usedGb;

    protected SecondaryStorage() {
    }

    public SecondaryStorage(Zone zone, String name, String url, long capacityGb) {
        if (url == null || url.isBlank() || url.length() > 500) {
            throw new InventoryRefused(InventoryRefused.Reason.INVALID_NAME, "url " + url);
        }
        this.zone = zone;
        this.name = Words.name(name);
        this.url = url.strip();
        this.capacityGb = Words.positive(capacityGb, "GB");
    }

    /** Templates, ISOs and snapshots stored or removed. */
    public void use(long deltaGb) {
        this.usedGb = Math.max(0, usedGb + deltaGb);
    }

    public Long id() { return id; }
    public Zone zone() { return zone; }
    public String name() { return name; }
    public String url() { return url; }
    public long capacityGb() { return capacityGb; }
    public long usedGb() { return usedGb; }
}
