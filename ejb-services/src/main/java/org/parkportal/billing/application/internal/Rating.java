package org.parkportal.billing.application.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import org.parkportal.billing.application.RatingObserver;
import org.parkportal.billing.domain.BillingCounter;
import org.parkportal.billing.domain.Charge;
import org.parkportal.billing.domain.ExactAmount;
import org.parkportal.billing.domain.PricingModel;
import org.parkportal.billing.domain.RatePlanVersion;
import org.parkportal.billing.domain.UsageRecord;

/**
 * One rating batch, in the caller's transaction: the next unrated usage records (by id, after a cursor), each priced
 * by the rate plan version in force at its start and written as one charge. The batch first locks the rating row, so
 * batches run one at a time across threads and nodes, and a tiered record sees the month's running total as the
 * batches before it committed it.
 */
public class Rating {

    private static final Logger LOG = Logger.getLogger(Rating.class.getName());

    private final EntityManager em;

    public Rating(EntityManager em) {
        this.em = em;
    }

    /** @param afterId the cursor: only records with a greater id (records that could not be priced are passed over) */
    public BatchOutcome rateBatch(long afterId, int size, Instant now, RatingObserver observer) {
        em.find(BillingCounter.class, BillingCounter.RATING, LockModeType.PESSIMISTIC_WRITE);
        List<UsageRecord> records = em.createQuery("select u from UsageRecord u where u.id > :after and not exists "
                        + "(select c from Charge c where c.usageId = u.id) order by u.id", UsageRecord.class)
                .setParameter("after", afterId).setMaxResults(size).getResultList();
        int rated = 0;
        int unpriced = 0;
        long last = afterId;
        Set<String> tenants = new TreeSet<>();
        for (UsageRecord record : records) {
            last = record.id();
            Optional<RatePlanVersion> version = versionAt(record.itemCode(), record.start());
            if (version.isEmpty()) {
                unpriced++;
                LOG.warning(() -> "No rate plan for " + record.itemCode() + " at " + record.start()
                        + ": usage record " + record.sourceKey() + " stays unrated");
                continue;
            }
            BigDecimal monthToDate = version.get().pricing() == PricingModel.TIERED ? monthToDate(record) : BigDecimal.ZERO;
            ExactAmount exact = version.get().charge(record.quantity(), record.start(), record.end(), monthToDate);
            Charge charge = new Charge(record, version.get(), exact, now);
            em.persist(charge);
            // Flushed now so the next tiered record of this batch sees this one in the running total.
            em.flush();
            rated++;
            tenants.add(record.tenant());
            observer.rated(charge);
        }
        return new BatchOutcome(records.size(), last, rated, unpriced, tenants);
    }

    Optional<RatePlanVersion> versionAt(String itemCode, Instant at) {
        return em.createQuery("select v from RatePlanVersion v where v.item.code = :code and v.effectiveFrom <= :at "
                        + "order by v.effectiveFrom desc", RatePlanVersion.class)
                .setParameter("code", itemCode).setParameter("at", at).setMaxResults(1)
                .getResultStream().findFirst();
    }

    BigDecimal monthToDate(UsageRecord record) {
        BigDecimal sum = em.createQuery("select sum(c.quantity) from Charge c where c.tenant = :tenant "
                        + "and c.itemCode = :item and c.usagePeriod = :period", BigDecimal.class)
                .setParameter("tenant", record.tenant()).setParameter("item", record.itemCode())
                .setParameter("period", record.period()).getSingleResult();
        return sum == null ? BigDecimal.ZERO : sum;
    }

    /**
     * @param examined records looked at (0: nothing left after the cursor)
     * @param lastId   the new cursor
     * @param tenants  tenants that got charges, whose credit is looked at after the batch
     */
    public record BatchOutcome(int examined, long lastId, int rated, int unpriced, Set<String> tenants) {
    }
}
