package org.parkportal.cloud.catalogue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Set;
import org.parkportal.cloud.inventory.domain.Words;
import org.parkportal.cloud.inventory.infrastructure.WordsColumn;

/** A data disk: a fixed size, or custom within a range; billed as {@link BillingItems#VOLUME_GB}. */
@Entity
@Table(name = "cloud_disk_offering")
public class DiskOffering extends CatalogueItem {

    private String code;

    private String name;

    private boolean custom;

    @Column(name = "size_gb")
    private long sizeGb;

    @Column(name = "min_gb")
    private long minGb;

    @Column(name = "max_gb")
    private long maxGb;

    @Column(name = "storage_tags")
    @Convert(converter = WordsColumn.class)
    private Set<String> storageTags;

    protected DiskOffering() {
    }

    public DiskOffering(String code, String name, boolean custom, long minGb, long maxGb, Set<String> storageTags,
                        Set<String> tenants) {
        if (code == null || code.length() > 50 || !ComputeOffering.CODE.matcher(code).matches()) {
            throw new CatalogueRefused(CatalogueRefused.Reason.INVALID_CODE, "code " + code);
        }
        if (minGb < 1 || maxGb < minGb || (!custom && minGb != maxGb)) {
            throw new CatalogueRefused(CatalogueRefused.Reason.INVALID_RANGE, code + " " + minGb + "-" + maxGb);
        }
        this.code = code;
        this.name = Words.name(name);
        this.custom = custom;
        this.sizeGb = minGb;
        this.minGb = minGb;
        this.maxGb = maxGb;
        this.storageTags = Words.words(storageTags);
        changeVisibility(tenants);
    }

    public long size(Long chosenGb) {
        if (!custom) {
            return sizeGb;
        }
        if (chosenGb == null || chosenGb < minGb || chosenGb > maxGb) {
            throw new CatalogueRefused(CatalogueRefused.Reason.OUT_OF_RANGE, code + ": " + chosenGb + " GB");
        }
        return chosenGb;
    }

    public String billingItem() { return BillingItems.VOLUME_GB; }
    public String code() { return code; }
    public String name() { return name; }
    public boolean custom() { return custom; }
    public long sizeGb() { return sizeGb; }
    public long minGb() { return minGb; }
    public long maxGb() { return maxGb; }
    public Set<String> storageTags() { return storageTags; }
}
