package org.parkportal.portal.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginAttemptsTest {

    private final MutableClock clock = new MutableClock();
    private final LoginAttempts attempts = new LoginAttempts(3, Duration.ofMinutes(5), clock);

    @Test
    void locksAfterTheConfiguredNumberOfFailuresWhateverTheCase() {
        attempts.failed("Frank");
        attempts.failed("frank ");
        assertFalse(attempts.isLocked("frank"));
        attempts.failed("FRANK");
        assertTrue(attempts.isLocked("frank"));
        assertFalse(attempts.isLocked("alice"), "other names are not affected");
        assertEquals(5, attempts.lockoutMinutes());
    }

    @Test
    void theLockEndsAfterTheIntervalAndASuccessClearsTheCount() {
        for (int i = 0; i < 3; i++) {
            attempts.failed("bob");
        }
        clock.advance(Duration.ofMinutes(6));
        assertFalse(attempts.isLocked("bob"));
        attempts.failed("bob");
        attempts.failed("bob");
        attempts.succeeded("bob");
        attempts.failed("bob");
        assertFalse(attempts.isLocked("bob"), "a successful sign-in starts the count again");
    }

    @Test
    void blankNamesAreIgnored() {
        for (int i = 0; i < 5; i++) {
            attempts.failed(" ");
            attempts.failed(null);
        }
        assertFalse(attempts.isLocked(" "));
        assertFalse(attempts.isLocked(null));
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-11-26T10:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }
}
