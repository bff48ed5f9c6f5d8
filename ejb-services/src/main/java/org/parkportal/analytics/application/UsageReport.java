package org.parkportal.analytics.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.parkportal.analytics.domain.Count;
import org.parkportal.analytics.domain.Metric;

/**
 * Usage over a span of days: a row per day (every day, zeros included, for the trend charts) and the top pages,
 * portlets and searches of the span, plus the tenants that had any use (for the tenant filter).
 */
public record UsageReport(LocalDate from, LocalDate to, String tenant, List<Day> days, List<Ranked> topPages,
                          List<PortletUse> topPortlets, List<Search> topSearches, List<String> tenants,
                          RecorderStatus recorder) implements Serializable {

    public static final int MAX_DAYS = 366;
    public static final int TOP = 10;

    public record Day(LocalDate day, long pageViews, long logins, long activeUsers, long searches)
            implements Serializable {
    }

    public record Ranked(String subject, long amount) implements Serializable {
    }

    public record PortletUse(String portlet, long renders, long actions) implements Serializable {
    }

    public record Search(String query, long searches, long withoutHits) implements Serializable {
    }

    /** A daily figure with its day. */
    public record DatedCount(LocalDate day, Count count) {
    }

    /** Builds the report from the daily figures of the span (already limited to the tenant, if one is chosen). */
    public static UsageReport of(LocalDate from, LocalDate to, String tenant, List<DatedCount> counts,
                                 List<String> tenants, RecorderStatus recorder) {
        Map<LocalDate, Map<Metric, Long>> perDay = new HashMap<>();
        Map<String, Long> pages = new HashMap<>();
        Map<String, long[]> portlets = new HashMap<>();
        Map<String, long[]> searches = new HashMap<>();
        for (DatedCount dated : counts) {
            Count c = dated.count();
            perDay.computeIfAbsent(dated.day(), d -> new EnumMap<>(Metric.class)).merge(c.metric(), c.amount(), Long::sum);
            switch (c.metric()) {
                case PAGE_VIEWS -> pages.merge(c.subject(), c.amount(), Long::sum);
                case PORTLET_RENDERS -> portlets.computeIfAbsent(c.subject(), s -> new long[2])[0] += c.amount();
                case PORTLET_ACTIONS -> portlets.computeIfAbsent(c.subject(), s -> new long[2])[1] += c.amount();
                case SEARCHES -> searches.computeIfAbsent(c.subject(), s -> new long[2])[0] += c.amount();
                case SEARCHES_WITHOUT_HITS -> searches.computeIfAbsent(c.subject(), s -> new long[2])[1] += c.amount();
                default -> { }
            }
        }
        List<Day> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            Map<Metric, Long> m = perDay.getOrDefault(day, Map.of());
            days.add(new Day(day, m.getOrDefault(Metric.PAGE_VIEWS, 0L), m.getOrDefault(Metric.LOGINS, 0L),
                    m.getOrDefault(Metric.ACTIVE_USERS, 0L), m.getOrDefault(Metric.SEARCHES, 0L)));
        }
        return new UsageReport(from, to, tenant, List.copyOf(days),
                top(pages, a -> a, (s, a) -> new Ranked(s, a)),
                top(portlets, a -> a[0] + a[1], (s, a) -> new PortletUse(s, a[0], a[1])),
                top(searches, a -> a[0], (s, a) -> new Search(s, a[0], a[1])),
                List.copyOf(tenants), recorder);
    }

    /** The {@link #TOP} largest, largest first, ties by name. */
    private static <A, R> List<R> top(Map<String, A> amounts, Function<A, Long> size,
                                      java.util.function.BiFunction<String, A, R> row) {
        Map<String, A> sorted = new LinkedHashMap<>();
        amounts.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, A>>comparingLong(e -> size.apply(e.getValue())).reversed()
                        .thenComparing(Map.Entry::getKey))
                .limit(TOP).forEach(e -> sorted.put(e.getKey(), e.getValue()));
        List<R> rows = new ArrayList<>();
        sorted.forEach((subject, amount) -> rows.add(row.apply(subject, amount)));
        return List.copyOf(rows);
    }
}
