package org.parkportal.scheduling.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.parkportal.persistence.TimestampColumn;

/**
 * One run of a job: what started it (and who, for "run now"), on which node, when it started and finished, and how
 * it ended. A run is created RUNNING (or SKIPPED when the job was busy) and finishes exactly once.
 */
// Not in EclipseLink's shared cache: other nodes change runs and jobs in the same tables.
@Cacheable(false)
@Entity
@Table(name = "job_run")
public class JobRun {

    /** The column's size; longer failure messages are cut. */
    public static final int MAX_FAILURE = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "job_run_seq")
    @SequenceGenerator(name = "job_run_seq", sequenceName = "job_run_seq", allocationSize = 1)
    private long id;

    @Column(name = "job_name")
    private String jobName;

    @Enumerated(EnumType.STRING)
    @Column(name = "run_trigger")
    private JobTrigger trigger;

    @Column(name = "requested_by")
    private String requestedBy;

    private String node;

    @Column(name = "started_at")
    @Convert(converter = TimestampColumn.class)
    private Instant startedAt;

    @Column(name = "finished_at")
    @Convert(converter = TimestampColumn.class)
    private Instant finishedAt;

    @Enumerated(EnumType.STRING)
    private RunOutcome outcome;

    @Column(name = "failure_message")
    private String failureMessage;

    protected JobRun() {
    }

    /** A run that starts now; {@code requestedBy} is the administrator of a manual run, null for the timer. */
    public JobRun(String jobName, JobTrigger trigger, String requestedBy, String node, Instant startedAt) {
        this.jobName = Objects.requireNonNull(jobName);
        this.trigger = Objects.requireNonNull(trigger);
        this.requestedBy = requestedBy;
        this.node = node;
        // Milliseconds: what every database's timestamp keeps, so a stored run reads back as it was written.
        this.startedAt = startedAt.truncatedTo(ChronoUnit.MILLIS);
        this.outcome = RunOutcome.RUNNING;
    }

    public void succeed(Instant now) {
        finish(now, RunOutcome.SUCCEEDED, null);
    }

    /** Ends the run as failed, keeping what went wrong (cut to {@link #MAX_FAILURE} characters). */
    public void fail(Instant now, String message) {
        String text = message == null || message.isBlank() ? "(no message)" : message.strip();
        finish(now, RunOutcome.FAILED, text.length() > MAX_FAILURE ? text.substring(0, MAX_FAILURE) : text);
    }

    /** Another run of the job holds it: this one does not start, and says so in the history. */
    public void skip(Instant now) {
        finish(now, RunOutcome.SKIPPED, null);
    }

    /** Its node stopped while it ran. */
    public void interrupt(Instant now) {
        finish(now, RunOutcome.INTERRUPTED, null);
    }

    private void finish(Instant now, RunOutcome how, String failure) {
        if (outcome.finished()) {
            throw new IllegalStateException("run " + id + " of " + jobName + " has finished already: " + outcome);
        }
        Instant end = now.truncatedTo(ChronoUnit.MILLIS);
        this.finishedAt = end.isBefore(startedAt) ? startedAt : end;
        this.outcome = how;
        this.failureMessage = failure;
    }

    /** How long it ran; null while it runs. */
    public Duration duration() {
        return finishedAt == null ? null : Duration.between(startedAt, finishedAt);
    }

    public long id() { return id; }
    public String jobName() { return jobName; }
    public JobTrigger trigger() { return trigger; }
    public String requestedBy() { return requestedBy; }
    public String node() { return node; }
    public Instant startedAt() { return startedAt; }
    public Instant finishedAt() { return finishedAt; }
    public RunOutcome outcome() { return outcome; }
    public String failureMessage() { return failureMessage; }
}
