package org.parkportal.billing.application.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.parkportal.billing.application.BillingSettings;
import org.parkportal.billing.application.RatingObserver;

/** One rating batch per call, each committed on its own (called through the container, so REQUIRES_NEW holds). */
@Stateless
public class RatingBatches {

    private final BillingSettings settings = BillingSettings.fromSystemProperties();

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Rating.BatchOutcome rateBatch(long afterId) {
        Instant now = Instant.now();
        Rating.BatchOutcome outcome = new Rating(em).rateBatch(afterId, settings.ratingBatchSize(), now,
                RatingObserver.NONE);
        CreditWatch watch = new CreditWatch(em, settings);
        outcome.tenants().forEach(tenant -> watch.raiseAlerts(tenant, now));
        return outcome;
    }
}
