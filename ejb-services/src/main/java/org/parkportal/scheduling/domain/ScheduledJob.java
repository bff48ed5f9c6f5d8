package org.parkportal.scheduling.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A job as the scheduler keeps it: its name and the run that holds it. One run of a job at a time: a run begins only
 * when the job is free, and the job is free again when that run finishes. Whoever changes it holds the row's lock
 * (several nodes share the database), so two nodes cannot both see it free.
 */
// Not in EclipseLink's shared cache: other nodes change runs and jobs in the same tables.
@Cacheable(false)
@Entity
@Table(name = "scheduled_job")
public class ScheduledJob {

    @Id
    private String name;

    @OneToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "running_run")
    private JobRun running;

    protected ScheduledJob() {
    }

    public ScheduledJob(String name) {
        this.name = Objects.requireNonNull(name);
    }

    /**
     * A new run of this job: RUNNING, and the job is now held by it, if the job was free; otherwise SKIPPED (finished
     * at once, the job still held by the run before).
     */
    public JobRun begin(JobTrigger trigger, String requestedBy, String node, Instant now) {
        JobRun run = new JobRun(name, trigger, requestedBy, node, now);
        if (running != null) {
            run.skip(now);
        } else {
            running = run;
        }
        return run;
    }

    /** The run has finished: if it is the one holding the job, the job is free. */
    public void release(JobRun run) {
        if (running != null && running.id() == run.id()) {
            running = null;
        }
    }

    public boolean isRunning() {
        return running != null;
    }

    /** The run holding the job, or null. */
    public JobRun running() {
        return running;
    }

    public String name() {
        return name;
    }
}
