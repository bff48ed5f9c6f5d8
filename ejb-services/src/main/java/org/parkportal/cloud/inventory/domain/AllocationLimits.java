package org.parkportal.cloud.inventory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/**
 * Allocation thresholds (fractions of capacity above which no new VM is placed; CloudStack's
 * cluster.*.allocated.capacity.disablethreshold) and overcommit factors (CPU and RAM handed out per physical unit).
 * A zone has all five; a cluster's null values mean its zone's.
 */
@Embeddable
public class AllocationLimits {

    public static final BigDecimal DEFAULT_THRESHOLD = new BigDecimal("0.85");
    public static final BigDecimal NO_OVERCOMMIT = BigDecimal.ONE;
    private static final BigDecimal MAX_OVERCOMMIT = BigDecimal.TEN;

    @Column(name = "cpu_threshold")
    private BigDecimal cpuThreshold;

    @Column(name = "ram_threshold")
    private BigDecimal ramThreshold;

    @Column(name = "storage_threshold")
    private BigDecimal storageThreshold;

    @Column(name = "cpu_overcommit")
    private BigDecimal cpuOvercommit;

    @Column(name = "ram_overcommit")
    private BigDecimal ramOvercommit;

    protected AllocationLimits() {
    }

    public AllocationLimits(BigDecimal cpuThreshold, BigDecimal ramThreshold, BigDecimal storageThreshold,
                            BigDecimal cpuOvercommit, BigDecimal ramOvercommit) {
        this.cpuThreshold = threshold(cpuThreshold);
        this.ramThreshold = threshold(ramThreshold);
        this.storageThreshold = threshold(storageThreshold);
        this.cpuOvercommit = overcommit(cpuOvercommit);
        this.ramOvercommit = overcommit(ramOvercommit);
    }

    /** 85 % everywhere, no overcommit. */
    public static AllocationLimits defaults() {
        return new AllocationLimits(DEFAULT_THRESHOLD, DEFAULT_THRESHOLD, DEFAULT_THRESHOLD, NO_OVERCOMMIT,
                NO_OVERCOMMIT);
    }

    /** None set: a cluster that follows its zone. */
    public static AllocationLimits inherited() {
        return new AllocationLimits(null, null, null, null, null);
    }

    /** These limits with the other's value wherever this has none. */
    public AllocationLimits over(AllocationLimits zone) {
        AllocationLimits merged = new AllocationLimits();
        merged.cpuThreshold = cpuThreshold != null ? cpuThreshold : zone.cpuThreshold;
        merged.ramThreshold = ramThreshold != null ? ramThreshold : zone.ramThreshold;
        merged.storageThreshold = storageThreshold != null ? storageThreshold : zone.storageThreshold;
        merged.cpuOvercommit = cpuOvercommit != null ? cpuOvercommit : zone.cpuOvercommit;
        merged.ramOvercommit = ramOvercommit != null ? ramOvercommit : zone.ramOvercommit;
        return merged;
    }

    private static BigDecimal threshold(BigDecimal value) {
        if (value != null && (value.compareTo(new BigDecimal("0.01")) < 0 || value.compareTo(BigDecimal.ONE) > 0
                || value.scale() > 4)) {
            throw new InventoryRefused(InventoryRefused.Reason.INVALID_THRESHOLD, value.toPlainString());
        }
        return value;
    }

    private static BigDecimal overcommit(BigDecimal value) {
        if (value != null && (value.compareTo(BigDecimal.ONE) < 0 || value.compareTo(MAX_OVERCOMMIT) > 0
                || value.scale() > 3)) {
            throw new InventoryRefused(InventoryRefused.Reason.INVALID_OVERCOMMIT, value.toPlainString());
        }
        return value;
    }

    public BigDecimal cpuThreshold() { return cpuThreshold; }
    public BigDecimal ramThreshold() { return ramThreshold; }
    public BigDecimal storageThreshold() { return storageThreshold; }
    public BigDecimal cpuOvercommit() { return cpuOvercommit; }
    public BigDecimal ramOvercommit() { return ramOvercommit; }
}
