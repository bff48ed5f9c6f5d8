package org.parkportal.scheduling.application;

import jakarta.ejb.Local;

/** What a job's timer method calls: the scheduler runs the job (one run at a time) and records the run. */
@Local
public interface JobScheduler {

    /**
     * Runs the job on the calling (timer) thread and records the run as SCHEDULED; a run is SKIPPED while another
     * run of the job is still going. Never throws for a failed run: the failure is in the run.
     *
     * @return the run as recorded
     */
    RunRecord runScheduled(String job);
}
