package org.parkportal.portlets.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parkportal.analytics.application.RecorderStatus;
import org.parkportal.analytics.application.UsageReport;

class ReportCsvTest {

    private static final LocalDate DAY = LocalDate.parse("2026-03-02");

    @Test
    void aQueryThatASpreadsheetWouldRunAsAFormulaGetsALeadingQuote() throws IOException {
        UsageReport report = report(List.of(new UsageReport.Search("=HYPERLINK(\"http://evil\",\"x\")", 3, 1),
                new UsageReport.Search("@sum(a1)", 2, 0), new UsageReport.Search("-2+3", 1, 1),
                new UsageReport.Search("parking, rules", 1, 0)));
        StringBuilder out = new StringBuilder();

        ReportCsv.SEARCHES.write(report, out);

        assertEquals("query,searches,without_hits\r\n"
                + "\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",3,1\r\n"
                + "'@sum(a1),2,0\r\n"
                + "'-2+3,1,1\r\n"
                + "\"parking, rules\",1,0\r\n", out.toString());
    }

    @Test
    void theDaysHaveOneLineEachWithTheirFigures() throws IOException {
        UsageReport report = new UsageReport(DAY, DAY.plusDays(1), null,
                List.of(new UsageReport.Day(DAY, 7, 1, 2, 0), new UsageReport.Day(DAY.plusDays(1), 0, 0, 0, 0)),
                List.of(), List.of(), List.of(), List.of(), new RecorderStatus(0, 0, 0, 0));
        StringBuilder out = new StringBuilder();

        ReportCsv.DAYS.write(report, out);

        assertEquals("day,page_views,logins,active_users,searches\r\n2026-03-02,7,1,2,0\r\n2026-03-03,0,0,0,0\r\n",
                out.toString());
        assertEquals("usage-days-2026-03-02-2026-03-03.csv", ReportCsv.DAYS.fileName(report));
    }

    @Test
    void resourceIdsNameTheParts() {
        for (ReportCsv part : ReportCsv.values()) {
            assertEquals(part, ReportCsv.byResourceId(part.resourceId()));
        }
        assertEquals(null, ReportCsv.byResourceId("csv-passwords"));
    }

    private static UsageReport report(List<UsageReport.Search> searches) {
        return new UsageReport(DAY, DAY, null, List.of(), List.of(), List.of(), searches, List.of(),
                new RecorderStatus(0, 0, 0, 0));
    }
}
