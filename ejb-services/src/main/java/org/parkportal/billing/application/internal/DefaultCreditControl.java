package org.parkportal.billing.application.internal;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.parkportal.billing.application.BillingSettings;
import org.parkportal.billing.application.CreditControl;
import org.parkportal.billing.application.CreditStatus;
import org.parkportal.billing.domain.CreditLimitExceeded;
import org.parkportal.billing.domain.Money;

@Stateless
public class DefaultCreditControl implements CreditControl {

    private final BillingSettings settings = BillingSettings.fromSystemProperties();

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public CreditStatus status(String tenant) {
        return new CreditWatch(em, settings).status(tenant);
    }

    @Override
    public void requireCredit(String tenant, Money amount) {
        CreditStatus status = status(tenant);
        if (status.enforced() && status.wouldExceed(amount)) {
            throw new CreditLimitExceeded(tenant, status.limit(), status.exposure(), amount);
        }
    }
}
