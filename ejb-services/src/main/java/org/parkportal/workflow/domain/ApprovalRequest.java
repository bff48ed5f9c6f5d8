package org.parkportal.workflow.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;

/**
 * One approval a service asked for: what is to be approved (the service's request type and id, never the
 * entity), who asked, who decides, and how it ended. The approval process runs in the workflow engine with the
 * request id as business key; this record outlives the engine's history.
 */
@Entity
@Table(name = "approval_request")
public class ApprovalRequest {

    @Id
    private String id;

    @Column(name = "request_type")
    private String requestType;

    @Column(name = "request_id")
    private String requestId;

    private String subject;
    private String requester;
    private String tenant;
    private String approver;

    @Column(name = "approver_group")
    private String approverGroup;

    @Enumerated(EnumType.STRING)
    private ApprovalStatus status;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @Column(name = "requested_at")
    private OffsetDateTime requestedAt;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decision_comment")
    private String decisionComment;

    @Version
    private long version;

    protected ApprovalRequest() {
    }

    public ApprovalRequest(ApprovalDraft draft, String requester, String tenant, Approvers approvers) {
        this.id = UUID.randomUUID().toString();
        this.requestType = draft.requestType();
        this.requestId = draft.requestId();
        this.subject = draft.subject();
        this.requester = Objects.requireNonNull(requester);
        this.tenant = tenant;
        this.approver = approvers.user();
        this.approverGroup = approvers.group();
        this.status = ApprovalStatus.PENDING;
        this.requestedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public void started(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    /** Records how the process ended; a decided approval keeps its first outcome. */
    public boolean decide(ApprovalStatus outcome, String by, String comment) {
        if (status.isFinal()) {
            return false;
        }
        this.status = outcome;
        this.decidedBy = by;
        this.decisionComment = comment == null || comment.length() <= 2000 ? comment : comment.substring(0, 2000);
        this.decidedAt = OffsetDateTime.now(ZoneOffset.UTC);
        return true;
    }

    public String id() { return id; }
    public String requestType() { return requestType; }
    public String requestId() { return requestId; }
    public String subject() { return subject; }
    public String requester() { return requester; }
    public String tenant() { return tenant; }
    public String approver() { return approver; }
    public String approverGroup() { return approverGroup; }
    public ApprovalStatus status() { return status; }
    public String processInstanceId() { return processInstanceId; }
    public OffsetDateTime requestedAt() { return requestedAt; }
    public OffsetDateTime decidedAt() { return decidedAt; }
    public String decidedBy() { return decidedBy; }
    public String decisionComment() { return decisionComment; }
}
