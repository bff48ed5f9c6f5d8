package org.parkportal.cloud.ordering.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServerOrderTest {

    private static final Instant T = Instant.parse("2026-11-26T12:00:00Z");

    @Test
    void anApprovedOrderIsProvisionedAndEndsRunningWithItsVm() {
        ServerOrder order = order("Web-01");
        assertEquals(OrderStatus.PENDING_APPROVAL, order.status());
        assertEquals("web-01", order.name(), "host names are kept in lower case");

        order.approve("bob", T.plusSeconds(60));
        order.provisioning(T.plusSeconds(61));
        order.running(42, T.plusSeconds(70));

        assertEquals(OrderStatus.RUNNING, order.status());
        assertEquals(42L, order.vmId());
        assertEquals("bob", order.decidedBy());
        assertEquals(ResourceUse.NONE, order.use(), "the VM holds the quota now, not the order");
    }

    @Test
    void aRejectedOrderKeepsTheCommentAndCanNeverBeProvisioned() {
        ServerOrder order = order("db");
        order.reject("bob", "too big", T);

        assertEquals("too big", order.reasonArguments());
        OrderRefused refused = assertThrows(OrderRefused.class, () -> order.provisioning(T));
        assertEquals(OrderRefused.Reason.WRONG_STATE, refused.reason());
        assertEquals(List.of("REJECTED"), refused.arguments());
    }

    @Test
    void aFailedProvisioningNamesItsReasonAndAnInterruptedOneGoesBackToApproved() {
        ServerOrder failed = order("a");
        failed.approve("auto", T);
        failed.provisioning(T);
        failed.fail("placement.RAM", "cluster|85", T);
        assertEquals(OrderStatus.FAILED, failed.status());
        assertEquals("placement.RAM", failed.reasonKey());

        ServerOrder retried = order("b");
        retried.approve("auto", T);
        retried.provisioning(T);
        retried.retryLater(T);
        assertEquals(OrderStatus.APPROVED, retried.status());
    }

    @Test
    void onlyPendingOrdersAreDecidedAndOnlyOpenOrdersHoldQuota() {
        ServerOrder order = order("c");
        assertEquals(new ResourceUse(1, 2, 4096, 30), order.use());
        order.approve("bob", T);
        assertThrows(OrderRefused.class, () -> order.approve("bob", T));
        assertThrows(OrderRefused.class, () -> order.reject("bob", null, T));
        assertTrue(OrderStatus.APPROVED.open());
        assertFalse(OrderStatus.FAILED.open());
        assertNull(order.vmId());
    }

    @Test
    void namesMustBeHostNames() {
        for (String bad : new String[] {"", " ", "-web", "web-", "web_01", "wéb", "a".repeat(64), "web.example", null}) {
            OrderRefused refused = assertThrows(OrderRefused.class, () -> ServerName.of(bad), String.valueOf(bad));
            assertEquals(OrderRefused.Reason.INVALID_NAME, refused.reason());
        }
        assertEquals("a".repeat(63), ServerName.of("a".repeat(63)));
        assertEquals("x1", ServerName.of(" X1 "));
    }

    private static ServerOrder order(String name) {
        return new ServerOrder(new ServerSpec(name, 1, 2, 3, null, null, 2, 4096, 20, 10), "acme", "alice",
                new BigDecimal("73.00"), "CHF", T);
    }
}
