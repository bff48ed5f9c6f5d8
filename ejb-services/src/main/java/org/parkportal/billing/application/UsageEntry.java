package org.parkportal.billing.application;

import java.math.BigDecimal;
import java.time.Instant;
import org.parkportal.billing.domain.Money;
import org.parkportal.billing.domain.Unit;
import org.parkportal.billing.domain.UsageType;

/** A usage record as its tenant sees it, with its charge once rated (null before; rounded for display only). */
public record UsageEntry(long id, UsageType usageType, String itemCode, String resourceId, BigDecimal quantity,
                         Unit unit, Instant start, Instant end, Money charge) {
}
