package org.parkportal.billing.application;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * Billing's configuration, in one place (system properties, with the embedded set-up's defaults):
 * {@code portal.billing.currency} (ISO 4217, default EUR; one currency for the whole park),
 * {@code portal.billing.tax-rate} (percent for a new account, default 0) and {@code portal.billing.rating-batch}
 * (usage records per rating transaction, default 200).
 */
public record BillingSettings(Currency currency, BigDecimal defaultTaxRate, int ratingBatchSize) {

    public static BillingSettings fromSystemProperties() {
        return new BillingSettings(Currency.getInstance(System.getProperty("portal.billing.currency", "EUR")),
                new BigDecimal(System.getProperty("portal.billing.tax-rate", "0")),
                Integer.getInteger("portal.billing.rating-batch", 200));
    }
}
