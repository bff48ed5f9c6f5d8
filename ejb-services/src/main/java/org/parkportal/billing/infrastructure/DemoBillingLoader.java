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

/**
 * The data first (committed), then rating and last month's invoicing exactly as the jobs would run them. The cloud's
 * metered items are added whenever they are missing, also to a demo billing loaded before they existed.
 */
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
        boolean fresh = catalogue.write(now);
        // After write, which only fills an empty billing: the cloud's items are added to any billing that lacks them.
        int cloudItems = catalogue.addCloudItems();
        if (cloudItems > 0) {
            LOG.info(() -> "Demo billing: " + cloudItems + " cloud item(s) added with their prices");
        }
        if (!fresh) {
            return;
        }
        BillingPeriod lastMonth = BillingPeriod.of(now).previous();
        invoicing.invoice(lastMonth, true);
        LOG.info(() -> "Demo billing loaded: usage of " + lastMonth + " invoiced, usage of this month rated");
    }
}
