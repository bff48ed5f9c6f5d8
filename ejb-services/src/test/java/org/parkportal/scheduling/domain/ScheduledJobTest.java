package org.parkportal.scheduling.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ScheduledJobTest {

    private static final Instant T0 = Instant.parse("2026-03-01T03:15:00Z");

    @Test
    void aFreeJobBeginsARunningRunThatHoldsIt() {
        ScheduledJob job = new ScheduledJob("audit.chain-check");

        JobRun run = job.begin(JobTrigger.SCHEDULED, null, "node-a", T0);

        assertEquals(RunOutcome.RUNNING, run.outcome());
        assertEquals("audit.chain-check", run.jobName());
        assertEquals("node-a", run.node());
        assertEquals(T0, run.startedAt());
        assertNull(run.finishedAt());
        assertNull(run.duration());
        assertTrue(job.isRunning());
        assertSame(run, job.running());
    }

    @Test
    void aSecondStartWhileOneRunsIsRecordedAsSkippedAndTheFirstKeepsTheJob() {
        ScheduledJob job = new ScheduledJob("billing.invoicing");
        JobRun first = job.begin(JobTrigger.SCHEDULED, null, "node-a", T0);

        JobRun second = job.begin(JobTrigger.MANUAL, "admin", "node-b", T0.plusSeconds(5));

        assertEquals(RunOutcome.SKIPPED, second.outcome());
        assertEquals(T0.plusSeconds(5), second.finishedAt(), "a skipped run is finished when it is refused");
        assertEquals("admin", second.requestedBy());
        assertSame(first, job.running());
    }

    @Test
    void releasingTheHoldingRunFreesTheJobForTheNextRun() {
        ScheduledJob job = new ScheduledJob("billing.invoicing");
        JobRun first = job.begin(JobTrigger.SCHEDULED, null, "node-a", T0);
        first.succeed(T0.plusSeconds(2));

        job.release(first);

        assertFalse(job.isRunning());
        assertEquals(RunOutcome.RUNNING, job.begin(JobTrigger.MANUAL, "admin", "node-a", T0.plusSeconds(3)).outcome());
    }
}
