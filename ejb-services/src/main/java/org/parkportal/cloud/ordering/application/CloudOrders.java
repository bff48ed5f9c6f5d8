package org.parkportal.cloud.ordering.application;

import jakarta.ejb.Local;
import java.util.List;

/**
 * Server orders of the signed-in caller's tenant: price and limits first, then the order, which waits for a
 * manager of the tenant (request type {@value #REQUEST_TYPE}, business key the order id) unless the tenant approves
 * orders below a monthly price at once. An approved order is provisioned in the background: placement, the VM on
 * its host, metering from the first hour. Refusals are {@link org.parkportal.cloud.ordering.domain.OrderRefused}
 * with a reason the caller can read ({@link OrderTexts}); a refused order leaves nothing behind.
 *
 * <p>Who sees an order: its requester, the managers of its tenant (group {@code <tenant>-managers}) and cloud
 * operators. Anybody else is answered NOT_FOUND, as for an order that does not exist.
 */
@Local
public interface CloudOrders {

    String REQUEST_TYPE = "cloud-server";

    /** What the order would cost and whether it fits the tenant's limits and credit; changes nothing. */
    OrderQuote quote(OrderDraft draft);

    /** Places the order; answers it PENDING_APPROVAL, or APPROVED when the tenant approves it at once. */
    OrderView place(OrderDraft draft);

    OrderView order(String id);

    /** The orders the caller may see, newest first. */
    List<OrderView> orders(int max);
}
