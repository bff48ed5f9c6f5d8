package org.parkportal.workflow.application.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.parkportal.access.application.AccessService;
import org.parkportal.access.application.CallerSubject;
import org.parkportal.access.domain.Subject;
import org.parkportal.directory.application.DirectoryService;
import org.parkportal.directory.application.TenantContext;
import org.parkportal.workflow.application.ApprovalRefused;
import org.parkportal.workflow.application.ApprovalRefused.Reason;
import org.parkportal.workflow.application.ApprovalService;
import org.parkportal.workflow.domain.ApprovalDraft;
import org.parkportal.workflow.domain.ApprovalRequest;
import org.parkportal.workflow.domain.ApprovalStatus;
import org.parkportal.workflow.domain.Approvers;
import org.parkportal.workflow.infrastructure.WorkflowEngine;

/** Approvals on the embedded engine; the record and the process are written in the caller's transaction. */
@Stateless
public class DefaultApprovalService implements ApprovalService {

    static final String PROCESS_KEY = "approval";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @EJB
    private WorkflowEngine workflow;

    @EJB
    private CallerSubject caller;

    @EJB
    private AccessService access;

    @EJB
    private DirectoryService directory;

    @EJB
    private TenantContext tenants;

    @EJB
    private ApprovalOutcomes outcomes;

    @Override
    public ApprovalRequest request(ApprovalDraft draft) {
        Subject subject = caller.current();
        if (subject.isGuest()) {
            throw new ApprovalRefused(Reason.NOT_ALLOWED, "a guest cannot request approvals");
        }
        if (existing(draft.requestType(), draft.requestId()).isPresent()) {
            throw new ApprovalRefused(Reason.ALREADY_REQUESTED, draft.requestType() + " " + draft.requestId());
        }
        Approvers approvers;
        try {
            approvers = draft.approvers().resolved(draft.approvers().requesterManager()
                    ? directory.managerOf(subject.user()).orElse(null) : null);
        } catch (IllegalStateException nobody) {
            throw new ApprovalRefused(Reason.NO_APPROVER, subject.user() + " has no manager in the directory");
        }
        ApprovalRequest approval = new ApprovalRequest(draft, subject.user(), tenants.currentTenant().orElse(null),
                approvers);
        em.persist(approval);
        em.flush();
        Map<String, Object> variables = new HashMap<>();
        variables.put("approvalId", approval.id());
        variables.put("requestType", approval.requestType());
        variables.put("requestId", approval.requestId());
        variables.put("subject", approval.subject());
        variables.put("requester", approval.requester());
        variables.put("approver", approval.approver());
        variables.put("approverGroup", approval.approverGroup());
        // ISO-8601 durations, as the model's timers read them; null keeps the model's defaults.
        variables.put("escalateAfter", draft.escalateAfter() == null ? null : draft.escalateAfter().toString());
        variables.put("remindEvery", draft.remindEvery() == null ? null : draft.remindEvery().toString());
        ProcessInstance process = workflow.engine().getRuntimeService()
                .startProcessInstanceByKey(PROCESS_KEY, approval.requestId(), variables);
        approval.started(process.getId());
        return approval;
    }

    @Override
    public Optional<ApprovalRequest> find(String requestType, String requestId) {
        Subject subject = caller.current();
        return existing(requestType, requestId).filter(a -> mayRead(subject, a));
    }

    @Override
    public List<ApprovalRequest> mine(int max) {
        Subject subject = caller.current();
        if (subject.isGuest()) {
            return List.of();
        }
        return em.createQuery("select a from ApprovalRequest a where a.requester = :me order by a.requestedAt desc",
                        ApprovalRequest.class)
                .setParameter("me", subject.user()).setMaxResults(Math.max(1, Math.min(max, 500))).getResultList();
    }

    @Override
    public void withdraw(String requestType, String requestId) {
        Subject subject = caller.current();
        ApprovalRequest approval = existing(requestType, requestId).filter(a -> mayRead(subject, a))
                .orElseThrow(() -> new ApprovalRefused(Reason.NOT_FOUND, requestType + " " + requestId));
        if (!approval.requester().equals(subject.user())) {
            throw new ApprovalRefused(Reason.NOT_ALLOWED, "only the requester withdraws");
        }
        if (approval.status().isFinal()) {
            throw new ApprovalRefused(Reason.NOT_PENDING, approval.status().name());
        }
        // Deleting the process skips its end events, so the outcome is recorded here, in the same transaction.
        workflow.engine().getRuntimeService().deleteProcessInstance(approval.processInstanceId(), "withdrawn by "
                + subject.user(), true, true);
        outcomes.ended(approval.id(), ApprovalStatus.WITHDRAWN, subject.user(), null);
    }

    private Optional<ApprovalRequest> existing(String requestType, String requestId) {
        return em.createQuery("select a from ApprovalRequest a where a.requestType = :type and a.requestId = :id",
                        ApprovalRequest.class)
                .setParameter("type", requestType).setParameter("id", requestId).getResultStream().findFirst();
    }

    private boolean mayRead(Subject subject, ApprovalRequest a) {
        return !subject.isGuest() && (subject.user().equals(a.requester()) || subject.user().equals(a.approver())
                || (a.approverGroup() != null && subject.groups().contains(a.approverGroup()))
                || access.isAdministrator(subject));
    }
}
