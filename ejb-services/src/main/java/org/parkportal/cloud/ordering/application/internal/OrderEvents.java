package org.parkportal.cloud.ordering.application.internal;

import org.parkportal.cloud.ordering.application.OrderStatusChanged;
import org.parkportal.cloud.ordering.domain.ServerOrder;

/** The event of an order's new status, as it stands in the transaction that moved it. */
final class OrderEvents {

    private OrderEvents() {
    }

    static OrderStatusChanged changed(ServerOrder order) {
        return new OrderStatusChanged(order.id(), order.tenant(), order.requestedBy(), order.name(), order.status(),
                order.decidedBy(), order.reasonKey(), order.reasonArguments(), order.vmId());
    }
}
