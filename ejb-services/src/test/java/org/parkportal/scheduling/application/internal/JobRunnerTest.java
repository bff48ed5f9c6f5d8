package org.parkportal.scheduling.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.parkportal.scheduling.application.JobFailure;
import org.parkportal.scheduling.application.PortalJob;
import org.parkportal.scheduling.domain.JobRun;
import org.parkportal.scheduling.domain.JobRuns;
import org.parkportal.scheduling.domain.JobTrigger;
import org.parkportal.scheduling.domain.RunOutcome;
import org.parkportal.scheduling.domain.ScheduledJob;

/** What the scheduler records around a job's work, with the runs kept in memory as the database keeps them. */
class JobRunnerTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T03:15:00Z"), ZoneOffset.UTC);

    private final MemoryRuns runs = new MemoryRuns();
    private final JobRunner runner = new JobRunner(runs, CLOCK, "node-a");

    @Test
    void aJobThatReturnsIsRecordedAsSucceededAndFreesItsJob() {
        JobRun run = runner.run(job("audit.chain-check", () -> { }), "audit.chain-check", JobTrigger.SCHEDULED, null);

        assertEquals(RunOutcome.SUCCEEDED, run.outcome());
        assertEquals(List.of(run), runs.stored());
        assertEquals("node-a", run.node());
        assertEquals(CLOCK.instant(), run.finishedAt());
        assertFalse(runs.isRunning("audit.chain-check"));
    }

    @Test
    void aJobFailureIsRecordedAsFailedWithItsMessage() {
        JobRun run = runner.run(job("audit.chain-check", () -> {
            throw new JobFailure("The audit chain is broken at entry 17");
        }), "audit.chain-check", JobTrigger.MANUAL, "admin");

        assertEquals(RunOutcome.FAILED, run.outcome());
        assertEquals("The audit chain is broken at entry 17", run.failureMessage());
        assertEquals("admin", run.requestedBy());
        assertEquals(JobTrigger.MANUAL, run.trigger());
        assertFalse(runs.isRunning("audit.chain-check"), "a failed run frees its job too");
        assertEquals(RunOutcome.SUCCEEDED,
                runner.run(job("audit.chain-check", () -> { }), "audit.chain-check", JobTrigger.MANUAL, "admin").outcome());
    }

    @Test
    void anUnexpectedExceptionIsRecordedWithItsInnermostCauseNotTheContainersWrapper() {
        JobRun run = runner.run(job("billing.rating", () -> {
            throw new EJBException(new IllegalStateException("no rate plan for tenant acme"));
        }), "billing.rating", JobTrigger.SCHEDULED, null);

        assertEquals(RunOutcome.FAILED, run.outcome());
        assertEquals("java.lang.IllegalStateException: no rate plan for tenant acme", run.failureMessage());
    }

    @Test
    void aSecondStartWhileARunIsGoingIsSkippedAndRecorded() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        PortalJob slow = job("billing.invoicing", () -> {
            started.countDown();
            await(finish);
        });
        CompletableFuture<JobRun> first = CompletableFuture.supplyAsync(
                () -> runner.run(slow, "billing.invoicing", JobTrigger.SCHEDULED, null));
        await(started);

        JobRun second = runner.run(slow, "billing.invoicing", JobTrigger.MANUAL, "admin");

        assertEquals(RunOutcome.SKIPPED, second.outcome());
        assertTrue(runs.isRunning("billing.invoicing"), "the first run still holds the job");
        finish.countDown();
        JobRun done = first.get(30, TimeUnit.SECONDS);
        assertEquals(RunOutcome.SUCCEEDED, done.outcome());
        assertEquals(List.of(RunOutcome.SUCCEEDED, RunOutcome.SKIPPED),
                runs.stored().stream().map(JobRun::outcome).toList(), "both starts are in the history");
        assertFalse(runs.isRunning("billing.invoicing"));
    }

    @Test
    void aBegunManualRunIsPerformedLaterAndFinishedOnce() {
        JobRun begun = runner.begin("audit.chain-check", JobTrigger.MANUAL, "admin");
        assertEquals(RunOutcome.RUNNING, begun.outcome());
        assertNull(begun.finishedAt());
        assertEquals(RunOutcome.SKIPPED, runner.begin("audit.chain-check", JobTrigger.SCHEDULED, null).outcome(),
                "the timer finds the job held by the manual run");

        JobRun performed = runner.perform(job("audit.chain-check", () -> { }), begun);

        assertEquals(RunOutcome.SUCCEEDED, performed.outcome());
        assertFalse(runs.isRunning("audit.chain-check"));
    }

    private interface Work {
        void run() throws JobFailure;
    }

    private static PortalJob job(String name, Work work) {
        return new PortalJob() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void run() throws JobFailure {
                work.run();
            }
        };
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new AssertionError("latch never opened");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The store as JpaJobRuns keeps it: one lock per job (here the monitor), ids in sequence, the newest last. */
    private static final class MemoryRuns implements JobRuns {

        private final Map<String, ScheduledJob> jobs = new HashMap<>();
        private final List<JobRun> stored = new ArrayList<>();

        @Override
        public synchronized JobRun begin(String job, JobTrigger trigger, String requestedBy, String node, Instant now) {
            JobRun run = jobs.computeIfAbsent(job, ScheduledJob::new).begin(trigger, requestedBy, node, now);
            assignId(run, stored.size() + 1);
            stored.add(run);
            return run;
        }

        @Override
        public synchronized void finish(JobRun run) {
            jobs.get(run.jobName()).release(run);
        }

        synchronized boolean isRunning(String job) {
            return jobs.containsKey(job) && jobs.get(job).isRunning();
        }

        synchronized List<JobRun> stored() {
            return List.copyOf(stored);
        }

        /** The sequence the database gives. */
        private static void assignId(JobRun run, long id) {
            try {
                Field field = JobRun.class.getDeclaredField("id");
                field.setAccessible(true);
                field.setLong(run, id);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
    }
}
