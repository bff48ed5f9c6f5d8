package org.parkportal.billing.application;

import jakarta.ejb.Local;
import java.math.BigDecimal;
import java.util.List;
import org.parkportal.billing.domain.BillableItem;
import org.parkportal.billing.domain.BillingPeriod;
import org.parkportal.billing.domain.Invoice;
import org.parkportal.billing.domain.RatePlanVersion;
import org.parkportal.billing.domain.UsageType;

/** Rate plans, accounts, credit notes, settlement and invoicing runs: for portal administrators only (NOT_ALLOWED). */
@Local
public interface BillingAdministration {

    List<BillableItem> items();

    /** Every version of every item, by item code, then newest first. */
    List<RatePlanVersion> rateVersions();

    void createItem(String code, String name, UsageType usageType);

    void addRateVersion(NewRateVersion version);

    /** Every tenant of the directory, with or without an account yet. */
    List<AccountSummary> accounts();

    /** @param creditLimit null for none */
    void changeAccount(String tenant, String billingName, BigDecimal taxRate, BigDecimal creditLimit, boolean enforce);

    void issueCredit(String tenant, BigDecimal amount, String reason);

    List<SettlementLine> settlement(BillingPeriod period);

    /** All tenants' invoices of a month, drafts included. */
    List<Invoice> invoices(BillingPeriod period);

    /** Rates, then prepares (and issues) the month's invoices now. */
    List<Long> runInvoicing(BillingPeriod period, boolean issue);

    RatingResult runRating();
}
