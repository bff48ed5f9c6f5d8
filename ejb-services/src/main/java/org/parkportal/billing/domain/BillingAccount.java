package org.parkportal.billing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.Currency;

/**
 * A tenant's billing terms: the name on its invoices, its tax rate (percent), and an optional credit limit on what
 * it may run up in the open period, enforced on orders or only watched (alerts at 80 % and 100 %).
 */
@Entity
@Table(name = "billing_account")
public class BillingAccount {

    public static final BigDecimal ALERT_RATIO = new BigDecimal("0.80");
    private static final BigDecimal MAX_TAX_RATE = BigDecimal.valueOf(100);

    @Id
    private String tenant;

    @Column(name = "billing_name")
    private String billingName;

    @Column(name = "tax_rate")
    private BigDecimal taxRate;

    @Column(name = "credit_limit")
    private BigDecimal creditLimit;

    @Column(name = "enforce_limit")
    private boolean enforceLimit;

    @Version
    private long version;

    protected BillingAccount() {
    }

    public BillingAccount(String tenant, String billingName, BigDecimal taxRate) {
        this.tenant = tenant;
        change(billingName, taxRate, null, false, null);
    }

    /** Replaces the terms; a limit of null means none. The currency checks the limit's digits. */
    public void change(String name, BigDecimal rate, BigDecimal limit, boolean enforce, Currency currency) {
        if (name == null || name.isBlank() || name.length() > BillableItem.MAX_NAME) {
            throw new BillingRefused(BillingRefused.Reason.INVALID_NAME, String.valueOf(name));
        }
        if (rate == null || rate.signum() < 0 || rate.compareTo(MAX_TAX_RATE) > 0 || rate.stripTrailingZeros().scale() > 4) {
            throw new BillingRefused(BillingRefused.Reason.INVALID_TAX_RATE, String.valueOf(rate));
        }
        if (limit != null && (limit.signum() <= 0 || currency == null
                || limit.stripTrailingZeros().scale() > currency.getDefaultFractionDigits()
                || limit.precision() - limit.scale() > 15)) {
            throw new BillingRefused(BillingRefused.Reason.INVALID_CREDIT_LIMIT, String.valueOf(limit));
        }
        this.billingName = name.strip();
        this.taxRate = rate;
        this.creditLimit = limit;
        this.enforceLimit = limit != null && enforce;
    }

    public String tenant() { return tenant; }
    public String billingName() { return billingName; }
    public BigDecimal taxRate() { return taxRate; }
    /** Null when the tenant has no limit. */
    public BigDecimal creditLimit() { return creditLimit; }
    public boolean enforceLimit() { return enforceLimit; }
}
