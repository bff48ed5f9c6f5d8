package org.parkportal.scheduling.domain;

import java.time.Instant;

/**
 * Where runs are kept. Beginning a run is atomic over every node that shares the store: of two runs of a job begun
 * at the same time, one runs and the other is recorded as SKIPPED.
 */
public interface JobRuns {

    /** Records a new run of the job (see {@link ScheduledJob#begin}) and returns it as stored. */
    JobRun begin(String job, JobTrigger trigger, String requestedBy, String node, Instant now);

    /** Stores the run as finished and frees its job. */
    void finish(JobRun run);
}
