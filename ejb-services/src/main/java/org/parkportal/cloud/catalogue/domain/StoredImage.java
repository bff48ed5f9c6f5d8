package org.parkportal.cloud.catalogue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import java.util.Set;
import org.parkportal.cloud.inventory.domain.SecondaryStorage;
import org.parkportal.cloud.inventory.domain.Words;
import org.parkportal.cloud.inventory.infrastructure.WordsColumn;

/**
 * What templates and ISOs share: an image of a zone's secondary storage, with its OS type and size, visible to all
 * tenants or to those listed. Each kind has its own table.
 */
@MappedSuperclass
public abstract class StoredImage {

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

    /** Retired: no longer orderable; the row stays for the VMs, volumes and orders that refer to it. */
    private boolean retired;

    protected StoredImage() {
    }

    protected StoredImage(SecondaryStorage storage, String name, String osType, long sizeGb, Set<String> tenants) {
        this.storage = storage;
        this.name = Words.name(name);
        this.osType = Words.name(osType);
        this.sizeGb = Words.positive(sizeGb, "GB");
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
    public SecondaryStorage storage() { return storage; }
    public long zoneId() { return storage.zone().id(); }
    public String name() { return name; }
    public String osType() { return osType; }
    public long sizeGb() { return sizeGb; }
    public Set<String> tenants() { return tenants; }
}
