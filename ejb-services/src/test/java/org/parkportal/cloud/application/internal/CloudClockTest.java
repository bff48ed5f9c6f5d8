package org.parkportal.cloud.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CloudClockTest {

    @Test
    void tellsTimeInWholeMicrosecondsAsTheDatabaseKeepsIt() {
        CloudClock clock = new CloudClock();
        for (int i = 0; i < 100; i++) {
            assertEquals(0, clock.now().getNano() % 1_000);
        }
        clock.setTo(Instant.parse("2026-11-25T12:00:00.123456789Z"));
        assertEquals(Instant.parse("2026-11-25T12:00:00.123456Z"), clock.now(), "truncated, never rounded up");
        clock.setTo(null);
    }
}
