package org.parkportal.workflow.application;

import jakarta.ejb.Local;
import java.util.List;
import java.util.Optional;
import org.parkportal.workflow.domain.ApprovalDraft;
import org.parkportal.workflow.domain.ApprovalRequest;

/**
 * The approval pattern every service uses: a service asks, in its own transaction, for its request to be approved;
 * the approval process (bpmn/approval.bpmn) puts a "Decide" task into the approvers' inbox; when it ends, the
 * approval's status changes and {@link ApprovalDecided} is fired in the same transaction as the deciding task.
 * Requesting, deciding and the service's own changes commit or roll back together.
 */
@Local
public interface ApprovalService {

    /**
     * Starts the approval of a request by the caller, in the caller's transaction (joined, or a new one).
     *
     * @throws ApprovalRefused when the request already has an approval or nobody could decide it
     */
    ApprovalRequest request(ApprovalDraft draft);

    /** The approval of a service's request, for the requester, the approvers, or an administrator. */
    Optional<ApprovalRequest> find(String requestType, String requestId);

    /** The caller's own requests, newest first. */
    List<ApprovalRequest> mine(int max);

    /** The requester takes back a pending request: the process ends as withdrawn. */
    void withdraw(String requestType, String requestId);
}
