package org.parkportal.scheduling.application;

/**
 * A job's own account of why a run failed (e.g. "the audit chain is broken at entry 17"): the run is recorded as
 * FAILED with this message. Checked, so it reaches the scheduler as it is, not wrapped as a system failure.
 */
public class JobFailure extends Exception {

    private static final long serialVersionUID = 1L;

    public JobFailure(String message) {
        super(message);
    }

    public JobFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
