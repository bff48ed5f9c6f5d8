package org.parkportal.billing.domain;

/** How a rate plan version turns a usage quantity into money. */
public enum PricingModel {
    /** Quantity times the unit price, for each use (or GB-hour). */
    PER_USE,
    /** Hours times the hourly price; only for usage counted in hours. */
    PER_HOUR,
    /** The monthly fee per subscription, prorated by the share of the month the record covers. */
    MONTHLY,
    /** Graduated tiers over the tenant's running total of the item in the usage month. */
    TIERED
}
