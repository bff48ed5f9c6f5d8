package org.parkportal.billing.infrastructure;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Instant;
import org.parkportal.billing.application.InvoicingService;
import org.parkportal.billing.domain.BillingPeriod;
import org.parkportal.scheduling.application.JobScheduler;
import org.parkportal.scheduling.application.PortalJob;

/**
 * Issues every tenant's invoice for the month just ended, on the 1st at 02:30. Safe to run again: an issued invoice
 * never changes, so a second run (or "run now") finds nothing left to do (see InvoicingService).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MonthlyInvoicing implements PortalJob {

    public static final String NAME = "billing.invoicing";

    @EJB
    private JobScheduler scheduler;

    @EJB
    private InvoicingService invoicing;

    @Schedule(dayOfMonth = "1", hour = "2", minute = "30", info = NAME)
    void monthly() {
        scheduler.runScheduled(NAME);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void run() {
        invoicing.invoice(BillingPeriod.of(Instant.now()).previous(), true);
    }
}
