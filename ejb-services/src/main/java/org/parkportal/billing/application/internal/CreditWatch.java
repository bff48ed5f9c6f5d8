package org.parkportal.billing.application.internal;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.parkportal.billing.application.BillingSettings;
import org.parkportal.billing.application.CreditStatus;
import org.parkportal.billing.domain.BillingAccount;
import org.parkportal.billing.domain.BillingPeriod;
import org.parkportal.billing.domain.Charge;
import org.parkportal.billing.domain.ExactAmount;
import org.parkportal.billing.domain.Money;
import org.parkportal.billing.domain.PricingModel;
import org.parkportal.billing.domain.QuotaAlert;
import org.parkportal.billing.domain.RatePlanVersion;
import org.parkportal.billing.domain.UsageRecord;

/**
 * A tenant's spending against its credit limit, and the alerts at 80 % and 100 %. Spending counts what rating has
 * not reached yet too (priced as rating would price it), so a check right after an order sees that order's usage.
 */
public class CreditWatch {

    private static final Logger LOG = Logger.getLogger(CreditWatch.class.getName());

    private final EntityManager em;
    private final BillingSettings settings;

    public CreditWatch(EntityManager em, BillingSettings settings) {
        this.em = em;
        this.settings = settings;
    }

    public CreditStatus status(String tenant) {
        BillingAccount account = em.find(BillingAccount.class, tenant);
        ExactAmount exposure = ExactAmount.ZERO;
        for (Charge c : em.createQuery("select c from Charge c where c.tenant = :tenant and c.invoiceId is null",
                Charge.class).setParameter("tenant", tenant).getResultList()) {
            exposure = exposure.plus(c.exactAmount());
        }
        exposure = exposure.plus(unratedEstimate(tenant));
        Money limit = account == null || account.creditLimit() == null ? null
                : Money.exactly(account.creditLimit(), settings.currency());
        return new CreditStatus(tenant, limit, Money.round(exposure, settings.currency()),
                account != null && account.enforceLimit());
    }

    /** Records an alert for the current month at each level the tenant has reached and not been alerted at yet. */
    public Optional<QuotaAlert> raiseAlerts(String tenant, Instant now) {
        CreditStatus status = status(tenant);
        QuotaAlert raised = null;
        BillingPeriod period = BillingPeriod.of(now);
        for (int level : new int[] {QuotaAlert.WARNING, QuotaAlert.REACHED}) {
            if (status.alertLevel() < level || alerted(tenant, period, level)) {
                continue;
            }
            raised = new QuotaAlert(tenant, period, level, status.exposure(), status.limit().amount(), now);
            em.persist(raised);
            LOG.warning("Tenant " + tenant + " reached " + level + " % of its credit limit: " + status.exposure()
                    + " of " + status.limit());
        }
        return Optional.ofNullable(raised);
    }

    public List<QuotaAlert> alerts(String tenant, BillingPeriod period) {
        return em.createQuery("select a from QuotaAlert a where a.tenant = :tenant and a.period = :period "
                        + "order by a.level", QuotaAlert.class)
                .setParameter("tenant", tenant).setParameter("period", period).getResultList();
    }

    private boolean alerted(String tenant, BillingPeriod period, int level) {
        return alerts(tenant, period).stream().anyMatch(a -> a.level() == level);
    }

    private ExactAmount unratedEstimate(String tenant) {
        Rating rating = new Rating(em);
        Map<String, BigDecimal> runningTotals = new HashMap<>();
        ExactAmount estimate = ExactAmount.ZERO;
        for (UsageRecord record : em.createQuery("select u from UsageRecord u where u.tenant = :tenant and not exists "
                + "(select c from Charge c where c.usageId = u.id) order by u.id", UsageRecord.class)
                .setParameter("tenant", tenant).getResultList()) {
            Optional<RatePlanVersion> version = rating.versionAt(record.itemCode(), record.start());
            if (version.isEmpty()) {
                continue;
            }
            BigDecimal before = BigDecimal.ZERO;
            if (version.get().pricing() == PricingModel.TIERED) {
                String key = record.itemCode() + "@" + record.period();
                before = runningTotals.computeIfAbsent(key, k -> rating.monthToDate(record));
                runningTotals.put(key, before.add(record.quantity()));
            }
            estimate = estimate.plus(version.get().charge(record.quantity(), record.start(), record.end(), before));
        }
        return estimate;
    }
}
