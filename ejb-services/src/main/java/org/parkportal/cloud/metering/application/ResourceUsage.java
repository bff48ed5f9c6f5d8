package org.parkportal.cloud.metering.application;

import java.time.Instant;
import java.util.List;
import org.parkportal.cloud.metering.domain.MeteredQuantity;
import org.parkportal.cloud.metering.domain.ResourceKind;

/**
 * One resource's usage in a period, from the change log (so it includes the hour still running, which billing has not
 * seen yet).
 *
 * @param endedAt null while the resource exists
 */
public record ResourceUsage(String resourceId, ResourceKind kind, String tenant, Instant createdAt, Instant endedAt,
                            List<MeteredQuantity> usage) {
}
