package org.parkportal.analytics.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class AggregationWindowTest {

    private static final Instant NOW = Instant.parse("2026-03-02T01:20:00Z");
    private static final Duration RETENTION = Duration.ofDays(30);

    @Test
    void fromTheHourTalliedLastToTheCurrentHourAcrossMidnight() {
        AggregationWindow window = AggregationWindow.of(LocalDateTime.parse("2026-03-01T23:00"), NOW, RETENTION);

        assertEquals(List.of(LocalDateTime.parse("2026-03-01T23:00"), LocalDateTime.parse("2026-03-02T00:00"),
                LocalDateTime.parse("2026-03-02T01:00")), window.hours(), "the last hour again: it was not over then");
        assertEquals(List.of(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-02")), window.days());
        assertEquals(LocalDateTime.parse("2026-03-02T01:00"), window.lastHour());
    }

    @Test
    void aRunInTheSameHourTalliesJustThatHour() {
        AggregationWindow window = AggregationWindow.of(LocalDateTime.parse("2026-03-02T01:00"), NOW, RETENTION);

        assertEquals(List.of(LocalDateTime.parse("2026-03-02T01:00")), window.hours());
        assertEquals(List.of(LocalDate.parse("2026-03-02")), window.days());
    }

    @Test
    void theFirstRunOrALongPauseGoesBackNoFurtherThanTheEventsAreKept() {
        AggregationWindow first = AggregationWindow.of(null, NOW, Duration.ofDays(2));
        AggregationWindow late = AggregationWindow.of(LocalDateTime.parse("2025-01-01T00:00"), NOW, Duration.ofDays(2));

        assertEquals(LocalDateTime.parse("2026-02-28T01:00"), first.hours().get(0));
        assertEquals(49, first.hours().size());
        assertEquals(first, late);
    }
}
