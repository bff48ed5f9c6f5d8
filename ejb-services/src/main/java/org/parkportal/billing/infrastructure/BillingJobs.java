package org.parkportal.billing.infrastructure;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parkportal.billing.application.InvoicingService;
import org.parkportal.billing.application.RatingService;
import org.parkportal.billing.domain.BillingPeriod;

/**
 * Billing's clock: rating every hour, invoicing of the month just ended on the first of each month (issued). Persistent
 * timers, so a server that was down runs a missed job when it comes back, and in a cluster with a shared timer store
 * only one node runs each. Both jobs are safe to run again (see RatingService, InvoicingService).
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BillingJobs {

    private static final Logger LOG = Logger.getLogger(BillingJobs.class.getName());

    @EJB
    private RatingService rating;

    @EJB
    private InvoicingService invoicing;

    @Schedule(hour = "*", minute = "5", persistent = true, info = "billing: hourly rating")
    public void rateHourly() {
        try {
            rating.rateAll();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Hourly rating failed; the next run continues where it stopped", e);
        }
    }

    @Schedule(dayOfMonth = "1", hour = "2", minute = "30", persistent = true, info = "billing: monthly invoicing")
    public void invoiceLastMonth() {
        BillingPeriod ended = BillingPeriod.of(Instant.now()).previous();
        try {
            invoicing.invoice(ended, true);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Invoicing of " + ended + " failed; run it again from Billing accounts", e);
        }
    }
}
