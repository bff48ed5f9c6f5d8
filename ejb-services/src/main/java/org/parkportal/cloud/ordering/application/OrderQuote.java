package org.parkportal.cloud.ordering.application;

import java.math.BigDecimal;
import org.parkportal.cloud.ordering.domain.ResourceUse;

/**
 * The price of a server (for the whole current month and per hour of it: running and allocated VM hours plus its
 * disks' GB-hours, priced by billing as rating will), and where the tenant stands.
 *
 * @param needsApproval whether a manager must approve it (false: the tenant approves orders this cheap at once)
 */
public record OrderQuote(BigDecimal hourly, BigDecimal monthly, String currency, ResourceUse inUse,
                         ResourceUse asked, boolean needsApproval) {
}
