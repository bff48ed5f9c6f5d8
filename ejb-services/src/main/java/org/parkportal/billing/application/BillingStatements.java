package org.parkportal.billing.application;

import jakarta.ejb.Local;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.parkportal.billing.domain.Invoice;
import org.parkportal.billing.domain.UsageType;

/**
 * What a tenant's users may read of their bills: always their own tenant's, decided here from the caller's identity.
 * Administrators may name another tenant ({@code tenant} non-null); for anyone else a tenant other than their own is
 * refused (NOT_ALLOWED), and another tenant's invoice is answered exactly like a missing one (NOT_FOUND).
 * Tenant users see issued invoices only; drafts are for administrators.
 */
@Local
public interface BillingStatements {

    /** Newest month first. */
    List<Invoice> invoices(String tenant);

    Invoice invoice(long id);

    /** The invoice as a PDF document, labelled in {@code locale}. */
    byte[] invoicePdf(long id, Locale locale);

    /** At most {@link #MAX_USAGE} records from {@code from} (inclusive) to {@code to} (exclusive), oldest first. */
    List<UsageEntry> usage(String tenant, Instant from, Instant to, UsageType type);

    PeriodSummary currentPeriod(String tenant);

    int MAX_USAGE = 5000;
}
