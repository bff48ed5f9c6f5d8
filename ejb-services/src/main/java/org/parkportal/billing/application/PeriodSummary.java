package org.parkportal.billing.application;

import java.util.List;
import org.parkportal.billing.domain.BillingPeriod;
import org.parkportal.billing.domain.InvoiceLine;
import org.parkportal.billing.domain.Money;
import org.parkportal.billing.domain.QuotaAlert;

/**
 * The open month so far: its charges as invoice lines would show them (before credits and tax), usage not rated
 * yet, the credit standing, the alerts raised this month, and the charges per day and usage type.
 */
public record PeriodSummary(String tenant, BillingPeriod period, List<InvoiceLine> lines, Money total, long unrated,
                            CreditStatus credit, List<QuotaAlert> alerts, List<DailyCharges> days) {
}
