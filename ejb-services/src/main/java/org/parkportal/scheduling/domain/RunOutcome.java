package org.parkportal.scheduling.domain;

/** Where a run stands or how it ended. */
public enum RunOutcome {
    /** Started and not finished yet. */
    RUNNING,
    SUCCEEDED,
    /** The job failed; the run keeps the failure's message. */
    FAILED,
    /** Not started because another run of the same job was still running (one run of a job at a time). */
    SKIPPED,
    /** The node that ran it stopped before the run finished (found at the node's next start). */
    INTERRUPTED;

    public boolean finished() {
        return this != RUNNING;
    }
}
