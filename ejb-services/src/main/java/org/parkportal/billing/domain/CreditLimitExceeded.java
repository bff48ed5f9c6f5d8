package org.parkportal.billing.domain;

import jakarta.ejb.ApplicationException;

/**
 * An order would take a tenant whose limit is enforced past its credit limit. Names the limit, what the tenant has
 * used so far in the open period and what the order would add, so the ordering service can say exactly why.
 */
@ApplicationException(rollback = true)
public class CreditLimitExceeded extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String tenant;
    private final Money limit;
    private final Money exposure;
    private final Money requested;

    public CreditLimitExceeded(String tenant, Money limit, Money exposure, Money requested) {
        super("tenant " + tenant + ": credit limit " + limit + ", used " + exposure + ", requested " + requested);
        this.tenant = tenant;
        this.limit = limit;
        this.exposure = exposure;
        this.requested = requested;
    }

    public String tenant() { return tenant; }
    public Money limit() { return limit; }
    public Money exposure() { return exposure; }
    public Money requested() { return requested; }
}
