package org.parkportal.analytics.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * What an hourly run aggregates: every UTC hour from the one tallied last (it was still going on then) to the current
 * one, never further back than the raw events are kept; and the days those hours belong to, to roll up again.
 */
public record AggregationWindow(List<LocalDateTime> hours, List<LocalDate> days) {

    public static AggregationWindow of(LocalDateTime lastHour, Instant now, Duration eventRetention) {
        LocalDateTime current = LocalDateTime.ofInstant(now, ZoneOffset.UTC).truncatedTo(ChronoUnit.HOURS);
        LocalDateTime oldest = current.minus(eventRetention).truncatedTo(ChronoUnit.HOURS);
        LocalDateTime from = lastHour == null || lastHour.isBefore(oldest) ? oldest
                : lastHour.truncatedTo(ChronoUnit.HOURS);
        List<LocalDateTime> hours = new ArrayList<>();
        LinkedHashSet<LocalDate> days = new LinkedHashSet<>();
        for (LocalDateTime hour = from; !hour.isAfter(current); hour = hour.plusHours(1)) {
            hours.add(hour);
            days.add(hour.toLocalDate());
        }
        return new AggregationWindow(List.copyOf(hours), List.copyOf(days));
    }

    /** The hour the run gets to: where the next run starts. */
    public LocalDateTime lastHour() {
        return hours.get(hours.size() - 1);
    }
}
