package org.parkportal.scheduling.application;

import java.io.Serializable;
import java.time.Instant;
import org.parkportal.scheduling.domain.JobRun;
import org.parkportal.scheduling.domain.JobTrigger;
import org.parkportal.scheduling.domain.RunOutcome;

/**
 * One run as the administrators see it. {@code finishedAt} and {@code durationMillis} are null while it runs;
 * {@code requestedBy} is set for "run now"; {@code failureMessage} for FAILED.
 */
public record RunRecord(long id, String job, JobTrigger trigger, String requestedBy, String node, Instant startedAt,
                        Instant finishedAt, Long durationMillis, RunOutcome outcome, String failureMessage)
        implements Serializable {

    public static RunRecord of(JobRun run) {
        return new RunRecord(run.id(), run.jobName(), run.trigger(), run.requestedBy(), run.node(), run.startedAt(),
                run.finishedAt(), run.duration() == null ? null : run.duration().toMillis(), run.outcome(),
                run.failureMessage());
    }
}
