package org.parkportal.billing.application;

import jakarta.ejb.Local;

/**
 * For the services that measure usage (cloud servers, room bookings, ...); not for portlets or REST. Idempotent by
 * source key: the same key with the same content returns the first record; the same key with different content is
 * refused ({@code BillingRefused} CONFLICTING_RECORD). Other refusals name what is wrong (UNKNOWN_ITEM,
 * WRONG_USAGE_TYPE, INVALID_QUANTITY, INVALID_INTERVAL, ...). Recording never checks the credit limit: the usage
 * happened; limits are checked before an order ({@link CreditControl}).
 */
@Local
public interface UsageRecording {

    RecordedUsage record(NewUsage usage);
}
