package org.parkportal.billing.application;

import java.math.BigDecimal;
import org.parkportal.billing.domain.Money;
import org.parkportal.billing.domain.PricingModel;

/**
 * What a quantity of an item would cost, priced exactly as rating will price it (the version in force at the start,
 * the tenant's running total for tiers), rounded by the billing rule.
 */
public record PriceQuote(String itemCode, PricingModel pricing, BigDecimal quantity, Money amount,
                         long rateVersionId) {
}
