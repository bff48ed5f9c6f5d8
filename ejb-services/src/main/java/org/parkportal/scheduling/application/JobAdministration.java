package org.parkportal.scheduling.application;

import jakarta.ejb.Local;
import java.util.List;

/** The administrators' view of the jobs: schedule, next run, last runs, and "run now". Administrators only. */
@Local
public interface JobAdministration {

    /** Every job, by name. */
    List<JobOverview> jobs();

    /** The newest runs of one job (or of all jobs, for null), newest first, at most {@code limit}. */
    List<RunRecord> recentRuns(String job, int limit);

    /**
     * Starts the job now, asynchronously, as a MANUAL run requested by the caller; its run appears in the history
     * right away (RUNNING) and ends as any run does.
     *
     * @throws JobRefused when the caller is no administrator, the job does not exist, or it is running
     */
    void runNow(String job);
}
