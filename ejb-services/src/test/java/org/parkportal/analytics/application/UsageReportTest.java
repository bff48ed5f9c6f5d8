package org.parkportal.analytics.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parkportal.analytics.application.UsageReport.DatedCount;
import org.parkportal.analytics.domain.Count;
import org.parkportal.analytics.domain.Metric;

class UsageReportTest {

    private static final LocalDate MONDAY = LocalDate.parse("2026-03-02");
    private static final RecorderStatus RECORDER = new RecorderStatus(0, 0, 0, 0);

    @Test
    void everyDayOfTheSpanHasARowZerosIncluded() {
        UsageReport report = UsageReport.of(MONDAY, MONDAY.plusDays(2), null, List.of(
                dated(MONDAY, Metric.PAGE_VIEWS, "home", "acme", 5),
                dated(MONDAY, Metric.PAGE_VIEWS, "home", "", 2),
                dated(MONDAY, Metric.LOGINS, "", "acme", 1),
                dated(MONDAY.plusDays(2), Metric.ACTIVE_USERS, "", "acme", 3),
                dated(MONDAY.plusDays(2), Metric.SEARCHES, "lunch", "acme", 4)), List.of("", "acme"), RECORDER);

        assertEquals(List.of(new UsageReport.Day(MONDAY, 7, 1, 0, 0), new UsageReport.Day(MONDAY.plusDays(1), 0, 0, 0, 0),
                new UsageReport.Day(MONDAY.plusDays(2), 0, 0, 3, 4)), report.days());
    }

    @Test
    void theTopListsAreSummedOverTheSpanLargestFirstTiesByName() {
        List<DatedCount> counts = new ArrayList<>(List.of(
                dated(MONDAY, Metric.PAGE_VIEWS, "workplace", "acme", 3),
                dated(MONDAY.plusDays(1), Metric.PAGE_VIEWS, "workplace", "acme", 3),
                dated(MONDAY, Metric.PAGE_VIEWS, "home", "acme", 6),
                dated(MONDAY, Metric.PAGE_VIEWS, "admin", "", 6),
                dated(MONDAY, Metric.PORTLET_RENDERS, "samples/welcome", "acme", 4),
                dated(MONDAY, Metric.PORTLET_ACTIONS, "samples/welcome", "acme", 2),
                dated(MONDAY, Metric.PORTLET_ACTIONS, "identity/profile", "acme", 9),
                dated(MONDAY, Metric.SEARCHES, "lunch", "acme", 4),
                dated(MONDAY, Metric.SEARCHES_WITHOUT_HITS, "lunch", "acme", 1)));
        for (int i = 0; i < 12; i++) {
            counts.add(dated(MONDAY, Metric.PAGE_VIEWS, "page-" + i, "acme", 1));
        }

        UsageReport report = UsageReport.of(MONDAY, MONDAY.plusDays(1), null, counts, List.of(), RECORDER);

        assertEquals(UsageReport.TOP, report.topPages().size());
        assertEquals(List.of(new UsageReport.Ranked("admin", 6), new UsageReport.Ranked("home", 6),
                new UsageReport.Ranked("workplace", 6), new UsageReport.Ranked("page-0", 1)), report.topPages().subList(0, 4));
        assertEquals(List.of(new UsageReport.PortletUse("identity/profile", 0, 9),
                new UsageReport.PortletUse("samples/welcome", 4, 2)), report.topPortlets());
        assertEquals(List.of(new UsageReport.Search("lunch", 4, 1)), report.topSearches());
    }

    private static DatedCount dated(LocalDate day, Metric metric, String subject, String tenant, long amount) {
        return new DatedCount(day, new Count(metric, subject, tenant, amount));
    }
}
