package org.parkportal.billing.application;

import java.math.BigDecimal;
import org.parkportal.billing.domain.Money;

/** A tenant's billing account for administrators: its terms, its credit standing and the credit notes it has left. */
public record AccountSummary(String tenant, String billingName, BigDecimal taxRate, BigDecimal creditLimit,
                             boolean enforceLimit, CreditStatus credit, Money creditLeft) {

    public String getTenant() { return tenant; }
    public String getBillingName() { return billingName; }
    public BigDecimal getTaxRate() { return taxRate; }
    public BigDecimal getCreditLimit() { return creditLimit; }
    public boolean isEnforceLimit() { return enforceLimit; }
    public CreditStatus getCredit() { return credit; }
    public Money getCreditLeft() { return creditLeft; }
}
