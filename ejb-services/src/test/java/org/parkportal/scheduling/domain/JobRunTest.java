package org.parkportal.scheduling.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class JobRunTest {

    private static final Instant T0 = Instant.parse("2026-03-01T03:15:00.123456Z");

    @Test
    void aSucceededRunHasItsDurationInMilliseconds() {
        JobRun run = new JobRun("audit.chain-check", JobTrigger.SCHEDULED, null, "node-a", T0);

        run.succeed(T0.plusMillis(1500));

        assertEquals(RunOutcome.SUCCEEDED, run.outcome());
        assertEquals(Duration.ofMillis(1500), run.duration());
        assertEquals(Instant.parse("2026-03-01T03:15:00.123Z"), run.startedAt(), "stored as the database keeps it");
        assertNull(run.failureMessage());
    }

    @Test
    void aFailedRunKeepsItsMessageCutToTheColumn() {
        JobRun run = new JobRun("billing.rating", JobTrigger.MANUAL, "admin", "node-a", T0);

        run.fail(T0.plusSeconds(1), "  " + "x".repeat(JobRun.MAX_FAILURE + 10) + "  ");

        assertEquals(RunOutcome.FAILED, run.outcome());
        assertEquals("x".repeat(JobRun.MAX_FAILURE), run.failureMessage());
    }

    @Test
    void aFailureWithoutAMessageSaysSo() {
        JobRun run = new JobRun("billing.rating", JobTrigger.SCHEDULED, null, "node-a", T0);

        run.fail(T0, null);

        assertEquals("(no message)", run.failureMessage());
    }

    @Test
    void aRunFinishesOnlyOnce() {
        JobRun run = new JobRun("billing.rating", JobTrigger.SCHEDULED, null, "node-a", T0);
        run.succeed(T0.plusSeconds(1));

        assertThrows(IllegalStateException.class, () -> run.fail(T0.plusSeconds(2), "late"));
        assertThrows(IllegalStateException.class, () -> run.interrupt(T0.plusSeconds(2)));
        assertEquals(RunOutcome.SUCCEEDED, run.outcome());
    }

    @Test
    void aClockThatGoesBackNeverGivesANegativeDuration() {
        JobRun run = new JobRun("billing.rating", JobTrigger.SCHEDULED, null, "node-a", T0);

        run.interrupt(T0.minusSeconds(30));

        assertEquals(RunOutcome.INTERRUPTED, run.outcome());
        assertEquals(Duration.ZERO, run.duration());
    }
}
