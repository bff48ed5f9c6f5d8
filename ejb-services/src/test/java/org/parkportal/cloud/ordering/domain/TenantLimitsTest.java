package org.parkportal.cloud.ordering.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class TenantLimitsTest {

    private final TenantLimits globex = new TenantLimits("globex", 3L, 8L, 16_384L, 200L, new BigDecimal("50"), "CHF");

    @Test
    void anOrderThatFitsEveryLimitPasses() {
        globex.requireRoom(new ResourceUse(2, 4, 8192, 100), ResourceUse.oneVm(4, 8192, 100));
    }

    @Test
    void theRefusalNamesTheFirstLimitPassedWithTheFigures() {
        OrderRefused refused = assertThrows(OrderRefused.class,
                () -> globex.requireRoom(new ResourceUse(1, 6, 2048, 20), ResourceUse.oneVm(4, 1024, 20)));
        assertEquals(OrderRefused.Reason.QUOTA_EXCEEDED, refused.reason());
        assertEquals(List.of("VCPUS", 6L, 4L, 8L), refused.arguments());

        refused = assertThrows(OrderRefused.class,
                () -> globex.requireRoom(new ResourceUse(3, 3, 3072, 60), ResourceUse.oneVm(1, 1024, 20)));
        assertEquals(List.of("VMS", 3L, 1L, 3L), refused.arguments());
    }

    @Test
    void theQuoteNamesEveryLimitAnOrderWouldPassAndOnlyThose() {
        ResourceLimits limits = globex.limits();
        assertEquals(new ResourceLimits(3L, 8L, 16_384L, 200L), limits);
        assertEquals(List.of(), limits.passedBy(new ResourceUse(2, 4, 8192, 100), ResourceUse.oneVm(4, 8192, 100)),
                "exactly at every limit passes none");
        assertEquals(List.of("VMS", "VCPUS", "STORAGE_GB"),
                limits.passedBy(new ResourceUse(3, 6, 2048, 190), ResourceUse.oneVm(4, 1024, 20)));
        assertEquals(List.of(), TenantLimits.approvalForAll("acme").limits()
                .passedBy(new ResourceUse(1000, 1000, 1 << 30, 1 << 20), ResourceUse.oneVm(64, 1 << 20, 1000)));
        assertEquals(ResourceLimits.NONE, TenantLimits.approvalForAll("acme").limits());
    }

    @Test
    void withoutLimitsAnythingFitsAndEveryOrderNeedsAManager() {
        TenantLimits acme = TenantLimits.approvalForAll("acme");
        acme.requireRoom(new ResourceUse(1000, 1000, 1 << 30, 1 << 20), ResourceUse.oneVm(64, 1 << 20, 1000));
        assertFalse(acme.approvesAtOnce(BigDecimal.ZERO, "CHF"));
    }

    @Test
    void ordersBelowTheThresholdInItsCurrencyAreApprovedAtOnce() {
        assertTrue(globex.approvesAtOnce(new BigDecimal("49.99"), "CHF"));
        assertFalse(globex.approvesAtOnce(new BigDecimal("50.00"), "CHF"));
        assertFalse(globex.approvesAtOnce(new BigDecimal("1"), "EUR"), "another currency is not compared");
    }

    @Test
    void anOperatorSetsEveryLimitAndTheThresholdInTheBillingCurrency() {
        TenantLimits acme = TenantLimits.approvalForAll("acme");
        acme.change(2L, null, 4096L, 0L, new BigDecimal("12.5"), "CHF", "CHF");
        assertEquals(List.of(2L, 4096L, 0L), List.of(acme.maxVms(), acme.maxRamMib(), acme.maxStorageGb()));
        assertEquals(null, acme.maxVcpus(), "blank: no limit");
        assertTrue(acme.approvesAtOnce(new BigDecimal("12.49"), "CHF"));
        OrderRefused full = assertThrows(OrderRefused.class,
                () -> acme.requireRoom(ResourceUse.NONE, ResourceUse.oneVm(1, 512, 1)));
        assertEquals(List.of("STORAGE_GB", 0L, 1L, 0L), full.arguments(), "zero storage: no disk at all");

        acme.change(null, null, null, null, null, null, "CHF");
        assertFalse(acme.approvesAtOnce(BigDecimal.ZERO, "CHF"), "no threshold: every order needs a manager");
        assertEquals(null, acme.currency());
    }

    @Test
    void negativeLimitsAndBadThresholdsAreRefusedAndChangeNothing() {
        OrderRefused refused = assertThrows(OrderRefused.class,
                () -> globex.change(1L, 8L, -1L, 10L, null, null, "CHF"));
        assertEquals(OrderRefused.Reason.INVALID_LIMIT, refused.reason());
        assertEquals(List.of("RAM_MIB"), refused.arguments());
        assertEquals(OrderRefused.Reason.INVALID_THRESHOLD, assertThrows(OrderRefused.class,
                () -> globex.change(1L, 8L, 1L, 10L, new BigDecimal("-5"), "CHF", "CHF")).reason());
        assertEquals(OrderRefused.Reason.INVALID_THRESHOLD, assertThrows(OrderRefused.class,
                () -> globex.change(1L, 8L, 1L, 10L, new BigDecimal("0.00001"), "CHF", "CHF")).reason());
        refused = assertThrows(OrderRefused.class,
                () -> globex.change(1L, 8L, 1L, 10L, new BigDecimal("5"), "EUR", "CHF"));
        assertEquals(OrderRefused.Reason.WRONG_CURRENCY, refused.reason());
        assertEquals(List.of("CHF"), refused.arguments());
        assertEquals(3L, globex.maxVms());
        assertEquals(new BigDecimal("50"), globex.autoApproveBelow());
    }
}
