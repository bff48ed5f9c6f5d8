package org.parkportal.billing.application.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parkportal.billing.application.InvoicingService;
import org.parkportal.billing.application.RatingService;
import org.parkportal.billing.domain.BillingPeriod;

/** Rating first, so the month's usage is all charged; then one transaction per tenant (InvoiceRuns). */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DefaultInvoicingService implements InvoicingService {

    private static final Logger LOG = Logger.getLogger(DefaultInvoicingService.class.getName());

    @EJB
    private RatingService rating;

    @EJB
    private InvoiceRuns runs;

    @Override
    public List<Long> invoice(BillingPeriod period, boolean issue) {
        rating.rateAll();
        List<Long> ids = new ArrayList<>();
        RuntimeException first = null;
        for (String tenant : runs.tenants(period)) {
            try {
                Long id = runs.prepare(tenant, period, issue);
                if (id != null) {
                    ids.add(id);
                }
            } catch (RuntimeException e) {
                // The other tenants are still invoiced; the failed one is tried again by the next run.
                LOG.log(Level.SEVERE, "Invoice of " + tenant + " for " + period + " failed", e);
                first = first == null ? e : first;
            }
        }
        LOG.info(() -> "Invoicing " + period + (issue ? " (issued)" : " (drafts)") + ": " + ids.size() + " invoice(s)");
        if (first != null) {
            throw first;
        }
        return ids;
    }
}
