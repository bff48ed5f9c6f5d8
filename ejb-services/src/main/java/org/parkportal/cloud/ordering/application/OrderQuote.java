package org.parkportal.cloud.ordering.application;

import java.math.BigDecimal;
import java.util.List;
import org.parkportal.cloud.ordering.domain.ResourceLimits;
import org.parkportal.cloud.ordering.domain.ResourceUse;

/**
 * The price of a server (for the whole current month and per hour of it: running and allocated VM hours plus its
 * disks' GB-hours, priced by billing as rating will), and where the tenant stands.
 *
 * @param limits the tenant's limits (null components: no limit)
 * @param passes the limits this order would pass ({@code TenantLimits.KINDS}); placing it would be refused
 *               QUOTA_EXCEEDED naming the first
 * @param needsApproval whether a manager must approve it (false: the tenant approves orders this cheap at once)
 */
public record OrderQuote(BigDecimal hourly, BigDecimal monthly, String currency, ResourceUse inUse,
                         ResourceUse asked, ResourceLimits limits, List<String> passes, boolean needsApproval) {

    public OrderQuote {
        passes = List.copyOf(passes);
    }
}
