package org.parkportal.workflow.application;

import jakarta.ejb.ApplicationException;

/** An approval that cannot be requested or withdrawn; the reason is a message key suffix for the edge to translate. */
@ApplicationException(rollback = true)
public class ApprovalRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason { ALREADY_REQUESTED, NO_APPROVER, NOT_FOUND, NOT_PENDING, NOT_ALLOWED }

    private final Reason reason;

    public ApprovalRefused(Reason reason, String detail) {
        super(reason + ": " + detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
