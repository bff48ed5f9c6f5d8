package org.parkportal.billing.infrastructure;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Instant;
import java.util.logging.Logger;
import org.parkportal.billing.application.BillingDemo;
import org.parkportal.billing.application.InvoicingService;
import org.parkportal.billing.domain.BillingPeriod;

/** The data first (committed), then rating and last month's invoicing exactly as the jobs would run them. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoBillingLoader implements BillingDemo {

    private static final Logger LOG = Logger.getLogger(DemoBillingLoader.class.getName());

    @EJB
    private DemoCatalogue catalogue;

    @EJB
    private InvoicingService invoicing;

    @Override
    public void load() {
        Instant now = Instant.now();
        if (!catalogue.write(now)) {
            return;
        }
        BillingPeriod lastMonth = BillingPeriod.of(now).previous();
        invoicing.invoice(lastMonth, true);
        LOG.info(() -> "Demo billing loaded: usage of " + lastMonth + " invoiced, usage of this month rated");
    }
}
