package org.parkportal.workflow.application.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;
import org.parkportal.workflow.application.ApprovalDecided;
import org.parkportal.workflow.domain.ApprovalRequest;
import org.parkportal.workflow.domain.ApprovalStatus;

/**
 * Where an ending approval process reaches the portal: called by the engine (inside the transaction that ends it),
 * records the outcome and tells the requesting services. MANDATORY: an outcome outside the deciding transaction
 * would be a half-done decision.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ApprovalOutcomes {

    private static final Logger LOG = Logger.getLogger(ApprovalOutcomes.class.getName());

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Event<ApprovalDecided> decided;

    public void ended(String approvalId, ApprovalStatus status, String decidedBy, String comment) {
        ApprovalRequest approval = approvalId == null ? null : em.find(ApprovalRequest.class, approvalId);
        if (approval == null) {
            LOG.warning(() -> "An approval process ended without a known approval: " + approvalId);
            return;
        }
        if (approval.decide(status, decidedBy, comment)) {
            LOG.info(() -> "Approval of " + approval.requestType() + " " + approval.requestId() + " ended " + status
                    + (decidedBy == null ? "" : " by " + decidedBy));
            decided.fire(new ApprovalDecided(approval.requestType(), approval.requestId(), status, decidedBy, comment));
        }
    }
}
