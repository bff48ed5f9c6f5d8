package org.parkportal.billing.domain;

import jakarta.ejb.ApplicationException;

/**
 * A billing request that is not allowed or makes no sense: a bad usage record, a rate plan that does not add up, an
 * account value out of range, a caller who may not see or change what they asked for. The reason is what portlets
 * and REST translate; the detail is for the server log and the producer's developer.
 */
@ApplicationException(rollback = true)
public class BillingRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** Administrators only, or another tenant's data. */
        NOT_ALLOWED,
        /** No such invoice, item or account for this caller (also said for another tenant's invoice: nothing leaks). */
        NOT_FOUND,
        UNKNOWN_ITEM,
        /** The record's usage type is not the item's. */
        WRONG_USAGE_TYPE,
        INVALID_QUANTITY,
        /** The interval is empty, reversed, or crosses a month boundary (producers split records at months). */
        INVALID_INTERVAL,
        INVALID_TENANT,
        INVALID_SOURCE_KEY,
        /** The source key is taken by a record with other content: a producer bug, not a retry. */
        CONFLICTING_RECORD,
        INVALID_CODE,
        CODE_TAKEN,
        INVALID_NAME,
        INVALID_PRICE,
        /** Tiers must rise strictly, and only the last is open-ended. */
        INVALID_TIERS,
        /** Hourly pricing for usage not counted in hours. */
        PRICING_UNIT_MISMATCH,
        INVALID_SHARE,
        /** A new version must start after today and after the item's latest version. */
        INVALID_EFFECTIVE_DATE,
        INVALID_TAX_RATE,
        INVALID_CREDIT_LIMIT,
        INVALID_AMOUNT,
        INVALID_REASON,
        INVALID_PERIOD,
        /** An issued invoice never changes. */
        INVOICE_ISSUED
    }

    private final Reason reason;

    public BillingRefused(Reason reason, String detail) {
        super(reason + ": " + detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
