package org.parkportal.cloud.ordering.application;

import org.parkportal.cloud.ordering.domain.OrderStatus;

/**
 * A CDI event fired in the transaction that moved a server order to a decided or final status (APPROVED, REJECTED,
 * RUNNING, FAILED), for whoever tells the requester (notifications). {@code reasonKey}/{@code reasonArguments} as
 * on {@link OrderView}. Observers run in that transaction: a failing observer rolls the change back, so observers
 * that only inform should observe {@code during = TransactionPhase.AFTER_SUCCESS}.
 */
public record OrderStatusChanged(String orderId, String tenant, String requestedBy, String name, OrderStatus status,
                                 String decidedBy, String reasonKey, String reasonArguments, Long vmId) {

    /** {@code decidedBy} of an order approved at once, below the tenant's auto-approval price (nobody decided). */
    public static final String AUTOMATIC_APPROVAL = OrderView.APPROVED_AT_ONCE;
}
