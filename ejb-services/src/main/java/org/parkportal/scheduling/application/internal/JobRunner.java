package org.parkportal.scheduling.application.internal;

import jakarta.ejb.EJBException;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parkportal.scheduling.application.JobFailure;
import org.parkportal.scheduling.application.PortalJob;
import org.parkportal.scheduling.domain.JobRun;
import org.parkportal.scheduling.domain.JobRuns;
import org.parkportal.scheduling.domain.JobTrigger;
import org.parkportal.scheduling.domain.RunOutcome;

/**
 * The bookkeeping around a job's work: begin a run (or find the job busy and record the skip), do the work, record how
 * it ended. The work's failure is the run's outcome, never the caller's exception. Plain Java, so that what it
 * records is tested without a server; the beans give it the store, the clock and the node's name.
 */
final class JobRunner {

    private static final Logger LOG = Logger.getLogger(JobRunner.class.getName());

    private final JobRuns runs;
    private final Clock clock;
    private final String node;

    JobRunner(JobRuns runs, Clock clock, String node) {
        this.runs = runs;
        this.clock = clock;
        this.node = node;
    }

    /** Begins a run and, unless it was skipped, performs it on this thread. */
    JobRun run(PortalJob job, String name, JobTrigger trigger, String requestedBy) {
        JobRun run = begin(name, trigger, requestedBy);
        return run.outcome() == RunOutcome.RUNNING ? perform(job, run) : run;
    }

    /** Records the start of a run: RUNNING, or SKIPPED when another run of the job holds it. */
    JobRun begin(String name, JobTrigger trigger, String requestedBy) {
        JobRun run = runs.begin(name, trigger, requestedBy, node, clock.instant());
        if (run.outcome() == RunOutcome.SKIPPED) {
            LOG.info(() -> "Job " + name + " is still running: " + trigger + " run " + run.id() + " skipped");
        }
        return run;
    }

    /** Does the work of a begun run and records its end. */
    JobRun perform(PortalJob job, JobRun run) {
        try {
            job.run();
            run.succeed(clock.instant());
        } catch (JobFailure failure) {
            LOG.warning(() -> "Job " + run.jobName() + " (run " + run.id() + ") failed: " + failure.getMessage());
            run.fail(clock.instant(), failure.getMessage());
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, "Job " + run.jobName() + " (run " + run.id() + ") failed", failure);
            run.fail(clock.instant(), describe(failure));
        }
        runs.finish(run);
        return run;
    }

    /**
     * What an administrator is shown of an unexpected failure: the innermost cause (the container wraps a job's
     * exception in EJBException), its class and message.
     */
    static String describe(Throwable failure) {
        Throwable cause = failure;
        while (true) {
            Throwable next = cause instanceof EJBException ejb && ejb.getCausedByException() != null
                    ? ejb.getCausedByException() : cause.getCause();
            if (next == null || next == cause) {
                break;
            }
            cause = next;
        }
        String message = cause.getMessage();
        return cause.getClass().getName() + (message == null || message.isBlank() ? "" : ": " + message);
    }
}
