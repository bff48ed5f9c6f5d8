package org.parkportal.billing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class UsageRecordTest {

    private static final BillableItem VM = new BillableItem("vm.running.small", "VM hours", UsageType.RUNNING_VM);
    private static final Instant START = Instant.parse("2025-04-30T20:00:00Z");
    private static final Instant END = Instant.parse("2025-05-01T00:00:00Z");

    private static UsageRecord record(String key, String tenant, UsageType type, String quantity, Instant start, Instant end) {
        return new UsageRecord(key, tenant, VM, type, "vm-1", new BigDecimal(quantity), start, end, END);
    }

    private static BillingRefused.Reason refusal(Runnable r) {
        return assertThrows(BillingRefused.class, r::run).reason();
    }

    @Test
    void aRecordUpToTheEndOfTheMonthBelongsToThatMonth() {
        assertEquals(BillingPeriod.parse("2025-04"), record("k", "acme", UsageType.RUNNING_VM, "4", START, END).period());
    }

    @Test
    void anIntervalMayNotCrossIntoTheNextMonth() {
        assertEquals(BillingRefused.Reason.INVALID_INTERVAL, refusal(() -> record("k", "acme", UsageType.RUNNING_VM, "1",
                START, END.plusSeconds(1))));
        assertEquals(BillingRefused.Reason.INVALID_INTERVAL, refusal(() -> record("k", "acme", UsageType.RUNNING_VM, "1",
                END, START)));
    }

    @Test
    void moreHoursThanTheIntervalHoldsIsRefused() {
        assertEquals(BillingRefused.Reason.INVALID_QUANTITY, refusal(() -> record("k", "acme", UsageType.RUNNING_VM,
                "4.000001", START, END)));
    }

    @Test
    void quantitiesAreNotNegativeNorFinerThanSixDecimals() {
        assertEquals(BillingRefused.Reason.INVALID_QUANTITY, refusal(() -> record("k", "acme", UsageType.RUNNING_VM,
                "-1", START, END)));
        assertEquals(BillingRefused.Reason.INVALID_QUANTITY, refusal(() -> record("k", "acme", UsageType.RUNNING_VM,
                "0.0000001", START, END)));
    }

    @Test
    void theUsageTypeMustBeTheItems() {
        assertEquals(BillingRefused.Reason.WRONG_USAGE_TYPE, refusal(() -> record("k", "acme", UsageType.VOLUME, "1",
                START, END)));
    }

    @Test
    void keysAndTenantsAreChecked() {
        assertEquals(BillingRefused.Reason.INVALID_SOURCE_KEY, refusal(() -> record(" ", "acme", UsageType.RUNNING_VM,
                "1", START, END)));
        assertEquals(BillingRefused.Reason.INVALID_TENANT, refusal(() -> record("k", "acme corp", UsageType.RUNNING_VM,
                "1", START, END)));
    }

    @Test
    void aRetryWithTheSameContentIsTheSameUsage() {
        UsageRecord first = record("k", "acme", UsageType.RUNNING_VM, "4", START, END);
        assertTrue(first.sameUsageAs(record("k", "acme", UsageType.RUNNING_VM, "4.000", START, END)));
        assertFalse(first.sameUsageAs(record("k", "acme", UsageType.RUNNING_VM, "3", START, END)));
    }
}
