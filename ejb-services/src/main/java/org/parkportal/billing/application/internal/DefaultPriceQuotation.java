package org.parkportal.billing.application.internal;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.parkportal.billing.application.BillingSettings;
import org.parkportal.billing.application.PriceQuotation;
import org.parkportal.billing.application.PriceQuote;
import org.parkportal.billing.domain.RatePlanVersion;

@Stateless
public class DefaultPriceQuotation implements PriceQuotation {

    private final BillingSettings settings = BillingSettings.fromSystemProperties();

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public PriceQuote quote(String tenant, String itemCode, BigDecimal quantity, Instant start, Instant end) {
        return new Quotation(em, settings).quote(tenant, itemCode, quantity, start, end);
    }

    @Override
    public Optional<Instant> pricedFrom(String itemCode) {
        return em.createQuery("select v from RatePlanVersion v where v.item.code = :code order by v.effectiveFrom",
                RatePlanVersion.class).setParameter("code", String.valueOf(itemCode)).setMaxResults(1)
                .getResultStream().findFirst().map(RatePlanVersion::effectiveFrom);
    }
}
