package org.parkportal.notification.application.internal;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parkportal.cloud.ordering.application.OrderStatusChanged;
import org.parkportal.directory.application.DirectoryFailure;
import org.parkportal.directory.application.DirectoryService;
import org.parkportal.directory.domain.MembershipRequest;
import org.parkportal.directory.domain.Person;
import org.parkportal.notification.application.Notifier;
import org.parkportal.notification.application.Recipient;
import org.parkportal.workflow.application.ApprovalDecided;

/**
 * Tells requesters what became of their requests: server orders (approved, rejected, running, failed) and group
 * membership requests (approved, rejected). Observed after the deciding transaction committed, so nobody is told
 * about a change that was rolled back; the notification then needs a transaction of its own (REQUIRES_NEW), and a
 * failure to write it is logged and never reaches the decision, which stands.
 */
@Stateless
public class RequestOutcomes {

    private static final Logger LOG = Logger.getLogger(RequestOutcomes.class.getName());

    @EJB
    private Notifier notifier;

    @EJB
    private DirectoryService directory;

    @Resource
    private SessionContext context;

    public void orderChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) OrderStatusChanged changed) {
        try {
            context.getBusinessObject(RequestOutcomes.class).tellRequester(changed);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not notify " + changed.requestedBy() + " of order " + changed.orderId() + " "
                    + changed.status(), e);
        }
    }

    public void approvalDecided(@Observes(during = TransactionPhase.AFTER_SUCCESS) ApprovalDecided decided) {
        if (!MembershipRequest.TYPE.equals(decided.requestType())) {
            return;
        }
        try {
            context.getBusinessObject(RequestOutcomes.class).tellRequester(decided);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not notify the requester of membership " + decided.requestId() + " "
                    + decided.status(), e);
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void tellRequester(OrderStatusChanged changed) {
        Notice.of(changed).ifPresent(notice -> notifier.tell(new Recipient(changed.requestedBy(), changed.tenant()),
                notice.key(), notice.arguments(), notice.link()));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void tellRequester(ApprovalDecided decided) {
        MembershipRequest request;
        try {
            request = MembershipRequest.parse(decided.requestId());
        } catch (IllegalArgumentException e) {
            LOG.warning(() -> "Membership decision on an unreadable request id " + decided.requestId());
            return;
        }
        Notice.membership(decided, request.group()).ifPresent(notice -> notifier.tell(
                new Recipient(request.uid(), tenantOf(request.uid())), notice.key(), notice.arguments(),
                notice.link()));
    }

    /** The requester's company, when the directory can say (the notification is written without it otherwise). */
    private String tenantOf(String uid) {
        try {
            return directory.person(uid).map(Person::tenant).orElse(null);
        } catch (DirectoryFailure e) {
            LOG.info(() -> "Tenant of " + uid + " unknown (" + e.getMessage() + "); notified without it");
            return null;
        }
    }
}
