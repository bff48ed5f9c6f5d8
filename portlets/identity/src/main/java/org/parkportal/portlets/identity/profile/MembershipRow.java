package org.parkportal.portlets.identity.profile;

import java.util.Date;
import org.parkportal.directory.domain.MembershipRequest;
import org.parkportal.workflow.application.WorkflowTexts;
import org.parkportal.workflow.domain.ApprovalRequest;

/** One of the caller's membership requests as the profile lists it, the status in the reader's language. */
public record MembershipRow(String group, String status, String statusText, Date requested, String decidedBy) {

    static MembershipRow of(ApprovalRequest approval, WorkflowTexts texts) {
        return new MembershipRow(MembershipRequest.parse(approval.requestId()).group(), approval.status().name(),
                texts.word("status." + approval.status().name()), Date.from(approval.requestedAt().toInstant()),
                approval.decidedBy());
    }
}
