package org.parkportal.cloud.ordering.application;

import java.math.BigDecimal;

/**
 * Limits as an operator sets them: each null means no limit; a null threshold means every order needs a manager.
 * The threshold is a monthly estimate in {@code currency} (the park's billing currency).
 */
public record LimitsDraft(Long maxVms, Long maxVcpus, Long maxRamMib, Long maxStorageGb, BigDecimal autoApproveBelow,
                          String currency) {
}
