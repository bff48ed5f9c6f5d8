package org.parkportal.billing.application;

import jakarta.ejb.Local;
import java.util.List;
import org.parkportal.billing.domain.BillingPeriod;

/**
 * Prepares each tenant's invoice for a month (rating first), each tenant in a transaction of its own, and issues
 * them if asked. Re-running a month gives the same invoices: issued ones are left alone, drafts are prepared again
 * from the same charges.
 */
@Local
public interface InvoicingService {

    /** @return the ids of the invoices of that month, one per tenant with charges to bill */
    List<Long> invoice(BillingPeriod period, boolean issue);
}
