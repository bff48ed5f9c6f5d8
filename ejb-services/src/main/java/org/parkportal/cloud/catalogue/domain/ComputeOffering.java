package org.parkportal.cloud.catalogue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Set;
import java.util.regex.Pattern;
import org.parkportal.cloud.inventory.domain.Words;
import org.parkportal.cloud.inventory.infrastructure.WordsColumn;
import org.parkportal.cloud.placement.domain.PlacementStrategy;

/**
 * CPU and RAM of a VM: fixed (vCPUs × MHz, RAM), or custom, where the order chooses vCPUs and RAM within limits. Its
 * code names its billing items ({@link BillingItems#running}, {@link BillingItems#allocated}). Host and storage
 * tags restrict placement; a strategy overrides the zone's.
 */
@Entity
@Table(name = "cloud_compute_offering")
public class ComputeOffering extends CatalogueItem {

    /** Lower-case words joined by dashes: part of billing item codes. */
    public static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private String code;

    private String name;

    private boolean custom;

    private int vcpus;

    @Column(name = "mhz_per_vcpu")
    private int mhzPerVcpu;

    @Column(name = "ram_mib")
    private long ramMib;

    @Column(name = "min_vcpus")
    private int minVcpus;

    @Column(name = "max_vcpus")
    private int maxVcpus;

    @Column(name = "min_ram_mib")
    private long minRamMib;

    @Column(name = "max_ram_mib")
    private long maxRamMib;

    @Column(name = "host_tags")
    @Convert(converter = WordsColumn.class)
    private Set<String> hostTags;

    @Column(name = "storage_tags")
    @Convert(converter = WordsColumn.class)
    private Set<String> storageTags;

    @Enumerated(EnumType.STRING)
    private PlacementStrategy strategy;

    protected ComputeOffering() {
    }

    private ComputeOffering(String code, String name, boolean custom, int mhzPerVcpu, Set<String> hostTags,
                            Set<String> storageTags, PlacementStrategy strategy, Set<String> tenants) {
        if (code == null || code.length() > 50 || !CODE.matcher(code).matches()) {
            throw new CatalogueRefused(CatalogueRefused.Reason.INVALID_CODE, "code " + code);
        }
        this.code = code;
        this.name = Words.name(name);
        this.custom = custom;
        this.mhzPerVcpu = (int) Words.positive(mhzPerVcpu, "MHz");
        this.hostTags = Words.words(hostTags);
        this.storageTags = Words.words(storageTags);
        this.strategy = strategy;
        changeVisibility(tenants);
    }

    public static ComputeOffering fixed(String code, String name, int vcpus, int mhzPerVcpu, long ramMib,
                                        Set<String> hostTags, PlacementStrategy strategy, Set<String> tenants) {
        return fixed(code, name, vcpus, mhzPerVcpu, ramMib, hostTags, Set.of(), strategy, tenants);
    }

    public static ComputeOffering fixed(String code, String name, int vcpus, int mhzPerVcpu, long ramMib,
                                        Set<String> hostTags, Set<String> storageTags, PlacementStrategy strategy,
                                        Set<String> tenants) {
        ComputeOffering o = new ComputeOffering(code, name, false, mhzPerVcpu, hostTags, storageTags, strategy,
                tenants);
        o.vcpus = o.minVcpus = o.maxVcpus = (int) Words.positive(vcpus, "vCPUs");
        o.ramMib = o.minRamMib = o.maxRamMib = Words.positive(ramMib, "RAM");
        return o;
    }

    public static ComputeOffering custom(String code, String name, int minVcpus, int maxVcpus, long minRamMib,
                                         long maxRamMib, int mhzPerVcpu, PlacementStrategy strategy,
                                         Set<String> tenants) {
        return custom(code, name, minVcpus, maxVcpus, minRamMib, maxRamMib, mhzPerVcpu, Set.of(), Set.of(), strategy,
                tenants);
    }

    public static ComputeOffering custom(String code, String name, int minVcpus, int maxVcpus, long minRamMib,
                                         long maxRamMib, int mhzPerVcpu, Set<String> hostTags,
                                         Set<String> storageTags, PlacementStrategy strategy, Set<String> tenants) {
        if (minVcpus < 1 || maxVcpus < minVcpus || minRamMib < 1 || maxRamMib < minRamMib) {
            throw new CatalogueRefused(CatalogueRefused.Reason.INVALID_RANGE, minVcpus + "-" + maxVcpus + " vCPU, "
                    + minRamMib + "-" + maxRamMib + " MiB");
        }
        ComputeOffering o = new ComputeOffering(code, name, true, mhzPerVcpu, hostTags, storageTags, strategy,
                tenants);
        o.minVcpus = minVcpus;
        o.maxVcpus = maxVcpus;
        o.minRamMib = minRamMib;
        o.maxRamMib = maxRamMib;
        o.vcpus = minVcpus;
        o.ramMib = minRamMib;
        return o;
    }

    /** The size an order gets: the fixed one, or the chosen one when custom and within the limits. */
    public Size size(Integer chosenVcpus, Long chosenRamMib) {
        if (!custom) {
            return new Size(vcpus, mhzPerVcpu, ramMib);
        }
        if (chosenVcpus == null || chosenRamMib == null || chosenVcpus < minVcpus || chosenVcpus > maxVcpus
                || chosenRamMib < minRamMib || chosenRamMib > maxRamMib) {
            throw new CatalogueRefused(CatalogueRefused.Reason.OUT_OF_RANGE, code + ": " + chosenVcpus + " vCPU, "
                    + chosenRamMib + " MiB");
        }
        return new Size(chosenVcpus, mhzPerVcpu, chosenRamMib);
    }

    /** vCPUs × MHz per vCPU, and RAM. */
    public record Size(int vcpus, int mhzPerVcpu, long ramMib) {
    }

    public String runningItem() { return BillingItems.running(code); }
    public String allocatedItem() { return BillingItems.allocated(code); }
    public String code() { return code; }
    public String name() { return name; }
    public boolean custom() { return custom; }
    public int vcpus() { return vcpus; }
    public int mhzPerVcpu() { return mhzPerVcpu; }
    public long ramMib() { return ramMib; }
    public int minVcpus() { return minVcpus; }
    public int maxVcpus() { return maxVcpus; }
    public long minRamMib() { return minRamMib; }
    public long maxRamMib() { return maxRamMib; }
    public Set<String> hostTags() { return hostTags; }
    public Set<String> storageTags() { return storageTags; }
    /** Null: the zone's. */
    public PlacementStrategy strategy() { return strategy; }
}
