package org.parkportal.notification.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parkportal.cloud.ordering.application.OrderStatusChanged;
import org.parkportal.cloud.ordering.domain.OrderStatus;
import org.parkportal.notification.application.NotificationTexts;
import org.parkportal.workflow.application.ApprovalDecided;
import org.parkportal.workflow.domain.ApprovalStatus;

class NoticeTest {

    @Test
    void anApprovedOrderNamesWhoApproved() {
        Notice notice = Notice.of(order(OrderStatus.APPROVED, "bob", null, null)).orElseThrow();

        assertEquals(new Notice("order.APPROVED", List.of("web-1", "bob"), "workplace/cloud"), notice);
    }

    @Test
    void anOrderApprovedBelowTheLimitSaysSoInsteadOfNamingAnApprover() {
        Notice notice = Notice.of(order(OrderStatus.APPROVED, OrderStatusChanged.AUTOMATIC_APPROVAL, null, null))
                .orElseThrow();

        assertEquals("order.APPROVED.automatic", notice.key());
        assertEquals(List.of("web-1"), notice.arguments());
    }

    @Test
    void aRejectionCarriesTheApproversComment() {
        assertEquals(new Notice("order.REJECTED", List.of("web-1", "bob", "too big"), "workplace/cloud"),
                Notice.of(order(OrderStatus.REJECTED, "bob", null, "too big")).orElseThrow());
        assertEquals("order.REJECTED.noComment",
                Notice.of(order(OrderStatus.REJECTED, "bob", null, " ")).orElseThrow().key());
    }

    @Test
    void aFailureKeepsTheCloudsReasonUntranslated() {
        Notice notice = Notice.of(order(OrderStatus.FAILED, null, "order.failed.NO_PUBLIC_ADDRESS", "Park-South"))
                .orElseThrow();

        assertEquals(new Notice(NotificationTexts.ORDER_FAILED,
                List.of("web-1", "order.failed.NO_PUBLIC_ADDRESS", "Park-South"), "workplace/cloud"), notice);
    }

    @Test
    void runningIsToldAndTheStepsBetweenAreNot() {
        assertEquals("order.RUNNING", Notice.of(order(OrderStatus.RUNNING, "bob", null, null)).orElseThrow().key());
        assertTrue(Notice.of(order(OrderStatus.PROVISIONING, "bob", null, null)).isEmpty());
        assertTrue(Notice.of(order(OrderStatus.PENDING_APPROVAL, null, null, null)).isEmpty());
    }

    @Test
    void membershipDecisionsNameTheGroup() {
        ApprovalDecided approved = new ApprovalDecided("group-membership", "sales/alice/1", ApprovalStatus.APPROVED,
                "admin", null);
        ApprovalDecided rejected = new ApprovalDecided("group-membership", "sales/alice/1", ApprovalStatus.REJECTED,
                "admin", "not now");
        ApprovalDecided withdrawn = new ApprovalDecided("group-membership", "sales/alice/1", ApprovalStatus.WITHDRAWN,
                "alice", null);

        assertEquals(new Notice("membership.APPROVED", List.of("sales", "admin"), "workplace"),
                Notice.membership(approved, "sales").orElseThrow());
        assertEquals(List.of("sales", "admin", "not now"), Notice.membership(rejected, "sales").orElseThrow().arguments());
        assertTrue(Notice.membership(withdrawn, "sales").isEmpty());
    }

    private static OrderStatusChanged order(OrderStatus status, String decidedBy, String reasonKey, String arguments) {
        return new OrderStatusChanged("o-1", "globex", "frank", "web-1", status, decidedBy, reasonKey, arguments, null);
    }
}
