package org.parkportal.portlets.cloud;

import org.parkportal.cloud.ordering.application.OrderView;

/** An order as the table shows it: times in the reader's zone and language, statuses and reasons in words. */
public record OrderRow(OrderView order, String status, String created, String decided, String reason,
                       boolean autoApproved) {
    public OrderView getOrder() { return order; }
    public boolean isAutoApproved() { return autoApproved; }
    public String getStatus() { return status; }
    public String getCreated() { return created; }
    public String getDecided() { return decided; }
    public String getReason() { return reason; }
}
