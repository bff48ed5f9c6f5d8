package org.parkportal.cloud.ordering.application.internal;

/** Fired inside the transaction that approved an order; provisioning starts once it has committed. */
public record OrderApproved(String orderId) {
}
