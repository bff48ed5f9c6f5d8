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

/** A data disk: a fixed size, or custom within a range; billed as {@link BillingItems#VOLUME_GB}. */
@Entity
@Table(name = "cloud_disk_offering")
public class DiskOffering {

    @Id
    @SequenceGenerator(name = "cloud_seq", sequenceName = "cloud_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cloud_seq")
    private Long id;

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

    @Convert(converter = WordsColumn.class)
    private Set<String> tenants;

    /** Retired: no longer orderable; the row stays for the VMs, volumes and orders that refer to it. */
    private boolean retired;

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
        this.tenants = Words.words(tenants);
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

    public String billingItem() { return BillingItems.VOLUME_GB; }
    public Long id() { return id; }
    public String code() { return code; }
    public String name() { return name; }
    public boolean custom() { return custom; }
    public long sizeGb() { return sizeGb; }
    public long minGb() { return minGb; }
    public long maxGb() { return maxGb; }
    public Set<String> storageTags() { return storageTags; }
    public Set<String> tenants() { return tenants; }
}
