package org.parkportal.cloud.ordering.application.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;
import org.parkportal.cloud.application.internal.CloudClock;
import org.parkportal.cloud.ordering.application.CloudOrders;
import org.parkportal.cloud.ordering.application.OrderStatusChanged;
import org.parkportal.cloud.ordering.application.OrderView;
import org.parkportal.cloud.ordering.domain.ServerOrder;
import org.parkportal.workflow.application.ApprovalDecided;
import org.parkportal.workflow.domain.ApprovalStatus;

/**
 * A manager's decision on a server order, in the deciding transaction: approved orders are marked APPROVED and
 * provisioned once that transaction commits; rejected, withdrawn or cancelled ones are REJECTED with the comment.
 * A failure here rolls the decision back, so the task stays open rather than the order being forgotten.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class OrderDecisions {

    /** Who approved an order its tenant approves at once. */
    public static final String AUTO_APPROVAL = OrderView.APPROVED_AT_ONCE;

    private static final Logger LOG = Logger.getLogger(OrderDecisions.class.getName());

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @EJB
    private CloudClock clock;

    @Inject
    private Event<OrderApproved> approved;

    @Inject
    private Event<OrderStatusChanged> changed;

    public void decided(@Observes ApprovalDecided decided) {
        if (!CloudOrders.REQUEST_TYPE.equals(decided.requestType())) {
            return;
        }
        ServerOrder order = em.find(ServerOrder.class, decided.requestId(), LockModeType.PESSIMISTIC_WRITE);
        if (order == null) {
            LOG.warning(() -> "Decision on unknown server order " + decided.requestId());
            return;
        }
        switch (decided.status()) {
            case APPROVED -> {
                order.approve(decided.decidedBy(), clock.now());
                approved.fire(new OrderApproved(order.id()));
            }
            case REJECTED, WITHDRAWN, CANCELLED -> order.reject(decided.decidedBy(), decided.comment(), clock.now());
            case PENDING -> { }
        }
        if (decided.status() != ApprovalStatus.PENDING) {
            changed.fire(OrderEvents.changed(order));
        }
    }
}
