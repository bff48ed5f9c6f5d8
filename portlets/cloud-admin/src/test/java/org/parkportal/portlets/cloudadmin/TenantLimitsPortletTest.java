package org.parkportal.portlets.cloudadmin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parkportal.cloud.ordering.domain.OrderRefused;

class TenantLimitsPortletTest {

    @Test
    void aBlankFieldIsNoLimitAndANegativeOneReachesTheBackOffice() {
        assertNull(TenantLimitsPortlet.limit("  ", "VMS"));
        assertEquals(12L, TenantLimitsPortlet.limit(" 12 ", "VMS"));
        assertEquals(-1L, TenantLimitsPortlet.limit("-1", "VMS"), "the back office refuses it, in its words");
    }

    @Test
    void textWhereANumberBelongsIsRefusedNamingTheLimit() {
        OrderRefused refused = assertThrows(OrderRefused.class, () -> TenantLimitsPortlet.limit("five", "VCPUS"));
        assertEquals(OrderRefused.Reason.INVALID_LIMIT, refused.reason());
        assertEquals(List.of("VCPUS"), refused.arguments());
    }

    @Test
    void aThresholdTakesADecimalCommaOrPointAndBlankMeansEveryOrderNeedsAManager() {
        assertNull(TenantLimitsPortlet.amount("", "EUR"));
        assertEquals(new BigDecimal("49.5"), TenantLimitsPortlet.amount("49,5", "EUR"));
        assertEquals(new BigDecimal("50"), TenantLimitsPortlet.amount("50", "EUR"));
        OrderRefused refused = assertThrows(OrderRefused.class, () -> TenantLimitsPortlet.amount("50 EUR", "EUR"));
        assertEquals(OrderRefused.Reason.INVALID_THRESHOLD, refused.reason());
        assertEquals(List.of("EUR"), refused.arguments());
    }
}
