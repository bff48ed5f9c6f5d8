package org.parkportal.billing.application;

import jakarta.ejb.Local;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/** Prices before an order: what rating would charge for this usage. */
@Local
public interface PriceQuotation {

    /**
     * @param tenant   whose running total tiered prices continue (any tenant key; the quote reveals no other data)
     * @param start    the first moment of the usage (the version in force then prices it); within one UTC month with end
     * @param end      exclusive; prorates subscriptions
     * @throws org.parkportal.billing.domain.BillingRefused UNKNOWN_ITEM, INVALID_QUANTITY, INVALID_INTERVAL, or
     *                                                      NOT_FOUND when the item has no price at {@code start}
     */
    PriceQuote quote(String tenant, String itemCode, BigDecimal quantity, Instant start, Instant end);

    /**
     * When the item's first price takes effect (a new price starts tomorrow at the earliest); empty when the item is
     * unknown or has no rate plan yet. Lets another context refuse to offer something nobody could be charged for.
     */
    Optional<Instant> pricedFrom(String itemCode);
}
