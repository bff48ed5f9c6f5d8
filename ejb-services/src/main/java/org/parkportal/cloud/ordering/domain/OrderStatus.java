package org.parkportal.cloud.ordering.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a server order stands. An order waits for its approval (unless its tenant approves orders below a price
 * on its own), is provisioned once approved, and ends RUNNING (its VM exists), REJECTED or FAILED (with a reason).
 */
public enum OrderStatus {
    PENDING_APPROVAL,
    APPROVED,
    REJECTED,
    PROVISIONING,
    RUNNING,
    FAILED;

    /** The statuses an order may move to from this one. */
    public Set<OrderStatus> next() {
        return switch (this) {
            case PENDING_APPROVAL -> EnumSet.of(APPROVED, REJECTED);
            case APPROVED -> EnumSet.of(PROVISIONING, FAILED);
            case PROVISIONING -> EnumSet.of(RUNNING, FAILED, APPROVED);
            case REJECTED, RUNNING, FAILED -> EnumSet.noneOf(OrderStatus.class);
        };
    }

    /** Whether the order still claims quota: it may yet become a VM. */
    public boolean open() {
        return this == PENDING_APPROVAL || this == APPROVED || this == PROVISIONING;
    }
}
