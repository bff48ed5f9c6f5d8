package org.parkportal.billing.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.parkportal.billing.domain.PriceTier;
import org.parkportal.billing.domain.PricingModel;

/**
 * A new price for an item from the start (00:00 UTC) of {@code effectiveDay}, which must be after today, so a price
 * change never reaches back to usage already measured.
 */
public record NewRateVersion(String itemCode, LocalDate effectiveDay, PricingModel pricing, BigDecimal unitPrice,
                             List<PriceTier> tiers, String provider, BigDecimal providerShare) {
}
