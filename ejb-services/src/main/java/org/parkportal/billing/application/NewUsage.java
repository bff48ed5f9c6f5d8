package org.parkportal.billing.application;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A usage record as a producing service reports it.
 *
 * @param sourceKey  the producer's own unique key for this measurement (e.g. {@code cloud:vm-42:RUNNING_VM:2026-05-01T10})
 *                   : writing the same key again is a harmless retry
 * @param tenant     the directory's tenant key (park, acme, globex, ...)
 * @param itemCode   the billable item (e.g. {@code vm.running.small}); its usage type must be {@code usageType}
 * @param resourceId what was used (a VM, a volume, an IP address), for the tenant's usage list; may be null
 * @param quantity   in the usage type's unit (hours, GB-hours, units); at most 6 decimals
 * @param start      the interval measured; it must not cross a UTC month boundary (split such usage in two)
 * @param end        exclusive
 */
public record NewUsage(String sourceKey, String tenant, org.parkportal.billing.domain.UsageType usageType,
                       String itemCode, String resourceId, BigDecimal quantity, Instant start, Instant end) {
}
