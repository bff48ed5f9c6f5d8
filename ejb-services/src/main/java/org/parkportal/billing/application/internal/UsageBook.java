package org.parkportal.billing.application.internal;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Optional;
import org.parkportal.billing.application.NewUsage;
import org.parkportal.billing.application.RecordedUsage;
import org.parkportal.billing.domain.BillableItem;
import org.parkportal.billing.domain.BillingRefused;
import org.parkportal.billing.domain.UsageRecord;

/** Writes usage records, once per source key. */
public class UsageBook {

    private final EntityManager em;

    public UsageBook(EntityManager em) {
        this.em = em;
    }

    public RecordedUsage record(NewUsage usage, Instant now) {
        BillableItem item = item(usage.itemCode()).orElseThrow(
                () -> new BillingRefused(BillingRefused.Reason.UNKNOWN_ITEM, String.valueOf(usage.itemCode())));
        UsageRecord candidate = new UsageRecord(usage.sourceKey(), usage.tenant(), item, usage.usageType(),
                usage.resourceId(), usage.quantity(), usage.start(), usage.end(), now);
        Optional<UsageRecord> existing = em.createQuery("select u from UsageRecord u where u.sourceKey = :key",
                UsageRecord.class).setParameter("key", usage.sourceKey()).getResultStream().findFirst();
        if (existing.isPresent()) {
            if (!existing.get().sameUsageAs(candidate)) {
                throw new BillingRefused(BillingRefused.Reason.CONFLICTING_RECORD, usage.sourceKey());
            }
            return new RecordedUsage(existing.get().id(), false);
        }
        // Two producers racing with one key: the unique source_key lets one win; the other's retry lands above.
        em.persist(candidate);
        em.flush();
        return new RecordedUsage(candidate.id(), true);
    }

    Optional<BillableItem> item(String code) {
        return em.createQuery("select i from BillableItem i where i.code = :code", BillableItem.class)
                .setParameter("code", code).getResultStream().findFirst();
    }
}
