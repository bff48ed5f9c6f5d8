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

/** An installation or tools ISO in a zone's secondary storage, attachable to a VM. */
@Entity
@Table(name = "cloud_iso")
public class Iso {

    @Id
    @SequenceGenerator(name = "cloud_seq", sequenceName = "cloud_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cloud_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "secondary_storage_id")
    private SecondaryStorage storage;

    private String name;

    @Column(name = "os_type")
    private String osType;

    @Column(name = "size_gb")
    private long sizeGb;

    @Convert(converter = WordsColumn.class)
    private Set<String> tenants;

    protected Iso() {
    }

    public Iso(SecondaryStorage storage, String name, String osType, long sizeGb, Set<String> tenants) {
        this.storage = storage;
        this.name = Words.name(name);
        this.osType = Words.name(osType);
        this.sizeGb = Words.positive(sizeGb, "GB");
        this.tenants = Words.words(tenants);
    }

    public boolean visibleTo(String tenant) {
        return Visibility.visibleTo(tenants, tenant);
    }

    public Long id() { return id; }
    public SecondaryStorage storage() { return storage; }
    public long zoneId() { return storage.zone().id(); }
    public String name() { return name; }
    public String osType() { return osType; }
    public long sizeGb() { return sizeGb; }
    public Set<String> tenants() { return tenants; }
}
