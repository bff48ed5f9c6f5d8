package org.parkportal.cloud.ordering.application;

import jakarta.ejb.Local;
import java.util.List;

/**
 * The cloud operators' view of every park company's limits (servers, vCPUs, RAM, disk) and auto-approval threshold,
 * next to what the company holds now, and the change of them. Operators only (portal administrators and it-ops);
 * anyone else is refused with InventoryRefused NOT_ALLOWED.
 */
@Local
public interface TenantLimitsAdministration {

    /** Every tenant of the directory, by name; one without limits of its own shows no limits and manager approval. */
    List<TenantLimitsView> tenants();

    /** The park's billing currency: the only one an auto-approval threshold may be in. */
    String currency();

    /**
     * Sets the tenant's limits and threshold (nulls: no limit, every order approved by a manager), under the tenant's
     * lock so no order of it is checked against half a change; recorded in the audit log.
     *
     * @throws org.parkportal.cloud.ordering.domain.OrderRefused NOT_FOUND for a tenant the directory does not know,
     *         INVALID_LIMIT, INVALID_THRESHOLD or WRONG_CURRENCY for a value that cannot be a limit
     */
    TenantLimitsView change(String tenant, LimitsDraft limits);
}
