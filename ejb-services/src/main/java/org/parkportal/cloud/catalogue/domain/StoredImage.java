package org.parkportal.cloud.catalogue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import java.util.Set;
import org.parkportal.cloud.inventory.domain.SecondaryStorage;
import org.parkportal.cloud.inventory.domain.Words;

/**
 * What templates and ISOs share: an image of a zone's secondary storage, with its OS type and size, visible to all
 * tenants or to those listed. Each kind has its own table.
 */
@MappedSuperclass
public abstract class StoredImage extends CatalogueItem {

    @ManyToOne(optional = false)
    @JoinColumn(name = "secondary_storage_id")
    private SecondaryStorage storage;

    private String name;

    @Column(name = "os_type")
    private String osType;

    @Column(name = "size_gb")
    private long sizeGb;

    protected StoredImage() {
    }

    protected StoredImage(SecondaryStorage storage, String name, String osType, long sizeGb, Set<String> tenants) {
        this.storage = storage;
        this.name = Words.name(name);
        this.osType = Words.name(osType);
        this.sizeGb = Words.positive(sizeGb, "GB");
        changeVisibility(tenants);
    }

    public SecondaryStorage storage() { return storage; }
    public long zoneId() { return storage.zone().id(); }
    public String name() { return name; }
    public String osType() { return osType; }
    public long sizeGb() { return sizeGb; }
}
