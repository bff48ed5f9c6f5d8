package org.parkportal.billing.application.internal;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import org.parkportal.billing.application.BillingSettings;
import org.parkportal.billing.application.PriceQuote;
import org.parkportal.billing.domain.BillableItem;
import org.parkportal.billing.domain.BillingRefused;
import org.parkportal.billing.domain.Money;
import org.parkportal.billing.domain.PricingModel;
import org.parkportal.billing.domain.RatePlanVersion;
import org.parkportal.billing.domain.UsageRecord;

/** Prices usage that has not happened yet, the way rating will price it. */
public class Quotation {

    private final EntityManager em;
    private final BillingSettings settings;

    public Quotation(EntityManager em, BillingSettings settings) {
        this.em = em;
        this.settings = settings;
    }

    public PriceQuote quote(String tenant, String itemCode, BigDecimal quantity, Instant start, Instant end) {
        BillableItem item = new UsageBook(em).item(itemCode).orElseThrow(
                () -> new BillingRefused(BillingRefused.Reason.UNKNOWN_ITEM, String.valueOf(itemCode)));
        // The same checks as a real record (interval within a month, quantity digits, hours that fit).
        UsageRecord probe = new UsageRecord("quote", tenant, item, item.usageType(), null, quantity, start, end, start);
        Rating rating = new Rating(em);
        RatePlanVersion version = rating.versionAt(itemCode, start).orElseThrow(
                () -> new BillingRefused(BillingRefused.Reason.NOT_FOUND, "no price for " + itemCode + " at " + start));
        BigDecimal before = version.pricing() == PricingModel.TIERED ? rating.monthToDate(probe) : BigDecimal.ZERO;
        return new PriceQuote(itemCode, version.pricing(), quantity,
                Money.round(version.charge(quantity, start, end, before), settings.currency()), version.id());
    }
}
