package org.parkportal.billing.application.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.parkportal.billing.application.BillingSettings;
import org.parkportal.billing.domain.BillingPeriod;
import org.parkportal.billing.domain.Invoice;
import org.parkportal.directory.application.DirectoryService;
import org.parkportal.directory.domain.Tenant;

/** One tenant's invoice per call, each in a transaction of its own, so one tenant's failure spoils no other's. */
@Stateless
public class InvoiceRuns {

    private final BillingSettings settings = BillingSettings.fromSystemProperties();

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @EJB
    private DirectoryService directory;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<String> tenants(BillingPeriod period) {
        return invoicing().tenantsFor(period);
    }

    /** @return the invoice's id, or null when the tenant has nothing to bill */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Long prepare(String tenant, BillingPeriod period, boolean issue) {
        Invoice invoice = invoicing().prepare(tenant, period, issue, Instant.now());
        return invoice == null ? null : invoice.id();
    }

    /** Accounts as invoicing opens them (the directory's company name), for the administration in its transaction. */
    public Accounts accounts() {
        return new Accounts(em, settings, this::companyName);
    }

    private Invoicing invoicing() {
        return new Invoicing(em, settings, accounts());
    }

    /** The directory's name for the company; the key when the directory does not answer (invoicing goes on). */
    private String companyName(String tenant) {
        try {
            return directory.tenant(tenant).map(Tenant::name).orElse(tenant);
        } catch (RuntimeException e) {
            return tenant;
        }
    }
}
