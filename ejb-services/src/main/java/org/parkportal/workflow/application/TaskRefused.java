package org.parkportal.workflow.application;

import jakarta.ejb.ApplicationException;
import java.util.List;
import org.parkportal.workflow.domain.FormField;

/**
 * A task operation the inbox refused; the reason is a message key suffix for the edge to translate. A task the caller
 * may not see is NOT_FOUND, like one that does not exist, so its existence is not revealed.
 */
@ApplicationException(rollback = true)
public class TaskRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason { NOT_FOUND, NOT_ALLOWED, CLAIMED_BY_OTHER, NOT_ASSIGNED_TO_YOU, INVALID_FORM, UNKNOWN_USER,
        INVALID_INPUT }

    private final Reason reason;
    private final List<FormField.Problem> problems;

    public TaskRefused(Reason reason, String detail) {
        this(reason, detail, List.of());
    }

    public TaskRefused(Reason reason, String detail, List<FormField.Problem> problems) {
        super(reason + ": " + detail);
        this.reason = reason;
        this.problems = List.copyOf(problems);
    }

    public Reason reason() {
        return reason;
    }

    public List<FormField.Problem> problems() {
        return problems;
    }
}
