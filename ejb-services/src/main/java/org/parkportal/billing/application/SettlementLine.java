package org.parkportal.billing.application;

import org.parkportal.billing.domain.Money;

/**
 * What one provider (ISV) earned from one item in a period: the revenue of that item on the period's issued
 * invoices (before credits and tax) and the provider's share of it, each rounded once from the exact charges.
 */
public record SettlementLine(String provider, String itemCode, String itemName, Money revenue, Money share) {

    public String getProvider() { return provider; }
    public String getItemCode() { return itemCode; }
    public String getItemName() { return itemName; }
    public Money getRevenue() { return revenue; }
    public Money getShare() { return share; }
}
