package org.parkportal.billing.application.internal;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import org.parkportal.billing.application.BillingSettings;
import org.parkportal.billing.application.PriceQuotation;
import org.parkportal.billing.application.PriceQuote;

@Stateless
public class DefaultPriceQuotation implements PriceQuotation {

    private final BillingSettings settings = BillingSettings.fromSystemProperties();

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public PriceQuote quote(String tenant, String itemCode, BigDecimal quantity, Instant start, Instant end) {
        return new Quotation(em, settings).quote(tenant, itemCode, quantity, start, end);
    }
}
