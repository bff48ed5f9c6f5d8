package org.parkportal.billing.application;

import jakarta.ejb.Local;
import org.parkportal.billing.domain.CreditLimitExceeded;
import org.parkportal.billing.domain.Money;

/**
 * Credit limits for the services that take orders (cloud servers, ...): the tenant's current standing, and a check
 * that refuses an order that would take a tenant with an enforced limit past it.
 */
@Local
public interface CreditControl {

    CreditStatus status(String tenant);

    /**
     * Passes when the tenant has no limit, its limit is not enforced, or the order fits in what is left of it.
     * A check changes nothing: alerts follow usage as it is rated.
     *
     * @throws CreditLimitExceeded naming the limit, the exposure and the amount asked for
     */
    void requireCredit(String tenant, Money amount);
}
