package org.parkportal.scheduling.application;

import jakarta.ejb.ApplicationException;

/**
 * A request about jobs that is not allowed or not possible. The reason is what the jobs portlet translates; the
 * detail is for the server log. An application exception: a refusal is expected and leaves no stack trace.
 */
@ApplicationException(rollback = true)
public class JobRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** Only portal administrators see and start jobs. */
        NOT_ALLOWED,
        UNKNOWN_JOB,
        /** A run of the job is going on; one run of a job at a time. */
        ALREADY_RUNNING
    }

    private final Reason reason;

    public JobRefused(Reason reason, String detail) {
        super(reason + ": " + detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
