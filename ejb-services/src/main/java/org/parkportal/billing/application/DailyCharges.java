package org.parkportal.billing.application;

import java.time.LocalDate;
import org.parkportal.billing.domain.Money;
import org.parkportal.billing.domain.UsageType;

/** The charges of one usage type on one UTC day (by the start of the usage), for the usage chart. */
public record DailyCharges(LocalDate day, UsageType usageType, Money amount) {
}
