package org.parkportal.workflow.domain;

import java.time.Duration;
import java.util.regex.Pattern;

/**
 * What a service asks to have approved.
 *
 * @param requestType what kind of request, e.g. {@code cloud-server}; lets the inbox pick how to show it
 * @param requestId   the service's id of the request, the approval's business key
 * @param subject     one line for the approver, e.g. "Server web-01 (4 vCPU) for Acme"
 * @param approvers   who decides
 * @param escalateAfter how long the approvers have before administrators are alerted; null: the model's default (3 days)
 * @param remindEvery   how often the approvers are reminded meanwhile; null: the model's default (daily)
 */
public record ApprovalDraft(String requestType, String requestId, String subject, Approvers approvers,
                            Duration escalateAfter, Duration remindEvery) {

    private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9-]{0,59}");

    public ApprovalDraft {
        if (requestType == null || !TYPE.matcher(requestType).matches()) {
            throw new IllegalArgumentException("request type must be lower-case letters, digits and '-': " + requestType);
        }
        if (requestId == null || requestId.isBlank() || requestId.length() > 100) {
            throw new IllegalArgumentException("request id must have 1 to 100 characters");
        }
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("an approval needs a subject");
        }
        subject = subject.length() > 200 ? subject.substring(0, 200) : subject;
        if (approvers == null) {
            throw new IllegalArgumentException("an approval needs approvers");
        }
        if (escalateAfter != null && (escalateAfter.isNegative() || escalateAfter.isZero())
                || remindEvery != null && (remindEvery.isNegative() || remindEvery.isZero())) {
            throw new IllegalArgumentException("escalation and reminders need a positive duration");
        }
    }

    /** With the model's default escalation and reminders. */
    public ApprovalDraft(String requestType, String requestId, String subject, Approvers approvers) {
        this(requestType, requestId, subject, approvers, null, null);
    }

    public ApprovalDraft escalating(Duration after, Duration remindingEvery) {
        return new ApprovalDraft(requestType, requestId, subject, approvers, after, remindingEvery);
    }
}
