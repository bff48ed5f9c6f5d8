package org.parkportal.cloud.ordering.application;

import java.math.BigDecimal;
import org.parkportal.cloud.ordering.domain.ResourceUse;
import org.parkportal.cloud.ordering.domain.TenantLimits;

/**
 * A tenant's limits (null: none) and auto-approval threshold (null: every order approved by a manager) with what it
 * holds now: servers not destroyed, their vCPUs and RAM, disks not deleted, and its open orders' share.
 */
public record TenantLimitsView(String tenant, String name, Long maxVms, Long maxVcpus, Long maxRamMib,
                               Long maxStorageGb, BigDecimal autoApproveBelow, String currency, ResourceUse held) {

    public static TenantLimitsView of(String name, TenantLimits limits, ResourceUse held) {
        return new TenantLimitsView(limits.tenant(), name, limits.maxVms(), limits.maxVcpus(), limits.maxRamMib(),
                limits.maxStorageGb(), limits.autoApproveBelow(), limits.currency(), held);
    }

    /** Whether the tenant may hold anything and every order waits for a manager: a tenant nobody set limits for. */
    public boolean unlimited() {
        return maxVms == null && maxVcpus == null && maxRamMib == null && maxStorageGb == null
                && autoApproveBelow == null;
    }
}
