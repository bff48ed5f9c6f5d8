package org.parkportal.billing.application.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.function.UnaryOperator;
import org.parkportal.billing.application.BillingSettings;
import org.parkportal.billing.domain.BillingAccount;

/**
 * Finds a tenant's billing account, opening one with the defaults (the directory's company name, the default tax
 * rate, no credit limit) the first time a tenant is billed.
 */
public class Accounts {

    private final EntityManager em;
    private final BillingSettings settings;
    private final UnaryOperator<String> companyName;

    /** @param companyName the tenant's display name from the directory (or the key itself) */
    public Accounts(EntityManager em, BillingSettings settings, UnaryOperator<String> companyName) {
        this.em = em;
        this.settings = settings;
        this.companyName = companyName;
    }

    public BillingAccount find(String tenant) {
        return em.find(BillingAccount.class, tenant);
    }

    /** The account, locked for writing until the transaction ends: one invoicing or change per tenant at a time. */
    public BillingAccount lockOrOpen(String tenant) {
        BillingAccount account = em.find(BillingAccount.class, tenant, LockModeType.PESSIMISTIC_WRITE);
        if (account == null) {
            account = new BillingAccount(tenant, companyName.apply(tenant), settings.defaultTaxRate());
            em.persist(account);
            em.flush();
        }
        return account;
    }
}
