package org.parkportal.cloud.ordering.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.List;

/**
 * What a tenant may hold in the cloud (like CloudStack's account resource limits; null: no limit), and below which
 * monthly price its orders are approved without a manager (null: every order needs a manager's approval).
 * VMs, their vCPUs and RAM, and their disks count from the order on: an open order holds its share, so two orders
 * placed together cannot both pass a limit only one of them fits.
 */
@Entity
@Table(name = "cloud_tenant_limits")
public class TenantLimits {

    @Id
    private String tenant;

    @Column(name = "max_vms")
    private Long maxVms;

    @Column(name = "max_vcpus")
    private Long maxVcpus;

    @Column(name = "max_ram_mib")
    private Long maxRamMib;

    @Column(name = "max_storage_gb")
    private Long maxStorageGb;

    /** Monthly estimate in {@link #currency} below which an order is approved at once. */
    @Column(name = "auto_approve_below")
    private BigDecimal autoApproveBelow;

    private String currency;

    protected TenantLimits() {
    }

    public TenantLimits(String tenant, Long maxVms, Long maxVcpus, Long maxRamMib, Long maxStorageGb,
                        BigDecimal autoApproveBelow, String currency) {
        this.tenant = tenant;
        this.maxVms = maxVms;
        this.maxVcpus = maxVcpus;
        this.maxRamMib = maxRamMib;
        this.maxStorageGb = maxStorageGb;
        this.autoApproveBelow = autoApproveBelow;
        this.currency = currency;
    }

    /** No limits, every order approved by a manager: what a tenant without a row gets. */
    public static TenantLimits approvalForAll(String tenant) {
        return new TenantLimits(tenant, null, null, null, null, null, null);
    }

    /** The kinds of limit, as refusals name them (order.quota.* texts). */
    public static final List<String> KINDS = List.of("VMS", "VCPUS", "RAM_MIB", "STORAGE_GB");
    /** Largest threshold the column keeps (NUMERIC(19,4)). */
    private static final BigDecimal MAX_THRESHOLD = new BigDecimal("999999999999999");

    /**
     * Sets every limit and the auto-approval threshold at once (null: no limit, no approval at once). The threshold
     * is an amount in {@code billingCurrency}, the one currency orders are priced in; a threshold in another one
     * would never match an order, so it is refused rather than kept.
     *
     * @throws OrderRefused INVALID_LIMIT naming the first negative limit, INVALID_THRESHOLD, WRONG_CURRENCY
     */
    public void change(Long maxVms, Long maxVcpus, Long maxRamMib, Long maxStorageGb, BigDecimal autoApproveBelow,
                       String thresholdCurrency, String billingCurrency) {
        Long[] limits = {maxVms, maxVcpus, maxRamMib, maxStorageGb};
        for (int i = 0; i < limits.length; i++) {
            if (limits[i] != null && limits[i] < 0) {
                throw new OrderRefused(OrderRefused.Reason.INVALID_LIMIT, KINDS.get(i));
            }
        }
        if (autoApproveBelow != null) {
            if (autoApproveBelow.signum() < 0 || autoApproveBelow.stripTrailingZeros().scale() > 4
                    || autoApproveBelow.compareTo(MAX_THRESHOLD) > 0) {
                throw new OrderRefused(OrderRefused.Reason.INVALID_THRESHOLD, billingCurrency);
            }
            if (!billingCurrency.equals(thresholdCurrency)) {
                throw new OrderRefused(OrderRefused.Reason.WRONG_CURRENCY, billingCurrency);
            }
        }
        this.maxVms = maxVms;
        this.maxVcpus = maxVcpus;
        this.maxRamMib = maxRamMib;
        this.maxStorageGb = maxStorageGb;
        this.autoApproveBelow = autoApproveBelow;
        this.currency = autoApproveBelow == null ? null : billingCurrency;
    }

    /**
     * Passes when {@code inUse} plus {@code asked} fits every limit.
     *
     * @throws OrderRefused QUOTA_EXCEEDED naming the first limit passed, what is in use, what is asked and the limit
     */
    public void requireRoom(ResourceUse inUse, ResourceUse asked) {
        limits().requireRoom(inUse, asked);
    }

    /** Whether an order of this monthly estimate is approved without a manager. */
    public boolean approvesAtOnce(BigDecimal monthlyEstimate, String estimateCurrency) {
        return autoApproveBelow != null && currency != null && currency.equals(estimateCurrency)
                && monthlyEstimate.compareTo(autoApproveBelow) < 0;
    }

    public ResourceLimits limits() {
        return new ResourceLimits(maxVms, maxVcpus, maxRamMib, maxStorageGb);
    }

    public String tenant() { return tenant; }
    public Long maxVms() { return maxVms; }
    public Long maxVcpus() { return maxVcpus; }
    public Long maxRamMib() { return maxRamMib; }
    public Long maxStorageGb() { return maxStorageGb; }
    public BigDecimal autoApproveBelow() { return autoApproveBelow; }
    public String currency() { return currency; }
}
