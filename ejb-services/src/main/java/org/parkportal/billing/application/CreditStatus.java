package org.parkportal.billing.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.parkportal.billing.domain.BillingAccount;
import org.parkportal.billing.domain.Money;
import org.parkportal.billing.domain.QuotaAlert;

/**
 * A tenant's spending against its credit limit. {@code exposure} is what no issued invoice has billed yet: rated
 * charges plus the priced estimate of usage not rated yet, before tax and credits. {@code limit} is null when the
 * tenant has none.
 */
public record CreditStatus(String tenant, Money limit, Money exposure, boolean enforced) {

    /** 0, {@link QuotaAlert#WARNING} (at 80 % of the limit) or {@link QuotaAlert#REACHED}. */
    public int alertLevel() {
        if (limit == null) {
            return 0;
        }
        if (exposure.compareTo(limit) >= 0) {
            return QuotaAlert.REACHED;
        }
        return exposure.amount().compareTo(limit.amount().multiply(BillingAccount.ALERT_RATIO)) >= 0
                ? QuotaAlert.WARNING : 0;
    }

    /** Whole percent of the limit used (rounded down, for display only), or -1 without a limit. */
    public int percentUsed() {
        return limit == null ? -1 : exposure.amount().multiply(BigDecimal.valueOf(100))
                .divide(limit.amount(), 0, RoundingMode.DOWN).intValue();
    }

    /** Whether an order of {@code amount} would pass the limit. */
    public boolean wouldExceed(Money amount) {
        return limit != null && exposure.plus(amount).compareTo(limit) > 0;
    }

    /** For EL: a record's accessors are not bean getters. */
    public Money getLimit() { return limit; }
    public Money getExposure() { return exposure; }
    public boolean isEnforced() { return enforced; }
    public int getAlertLevel() { return alertLevel(); }
    public int getPercentUsed() { return percentUsed(); }
}
