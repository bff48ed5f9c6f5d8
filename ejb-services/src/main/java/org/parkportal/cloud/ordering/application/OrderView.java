package org.parkportal.cloud.ordering.application;

import java.math.BigDecimal;
import java.time.Instant;
import org.parkportal.cloud.ordering.domain.OrderStatus;
import org.parkportal.cloud.ordering.domain.ServerOrder;

/**
 * An order as its readers see it. {@code reasonKey} and {@code reasonArguments} say why it failed (translate
 * them with {@link OrderTexts}); a rejected order has the manager's comment in {@code reasonArguments}.
 */
public record OrderView(String id, String name, OrderStatus status, String tenant, String requestedBy, long zoneId,
                        long templateId, long offeringId, int vcpus, long ramMib, long rootDiskGb, long dataDiskGb,
                        BigDecimal monthlyEstimate, String currency, String decidedBy, Instant decidedAt,
                        String reasonKey, String reasonArguments, Long vmId, Instant createdAt, Instant updatedAt) {

    /** Who "decided" an order its tenant approves at once: no person, a marker. */
    public static final String APPROVED_AT_ONCE = "auto-approval";

    public boolean approvedAtOnce() {
        return APPROVED_AT_ONCE.equals(decidedBy);
    }

    public static OrderView of(ServerOrder order) {
        var spec = order.spec();
        return new OrderView(order.id(), order.name(), order.status(), order.tenant(), order.requestedBy(),
                spec.zoneId(), spec.templateId(), spec.offeringId(), spec.vcpus(), spec.ramMib(), spec.rootDiskGb(),
                spec.dataDiskGb(), order.monthlyEstimate(), order.currency(), order.decidedBy(), order.decidedAt(),
                order.reasonKey(), order.reasonArguments(), order.vmId(), order.createdAt(), order.updatedAt());
    }
}
