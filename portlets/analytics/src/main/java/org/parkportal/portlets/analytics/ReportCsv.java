package org.parkportal.portlets.analytics;

import static org.parkportal.portlets.support.CsvLines.line;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.parkportal.analytics.application.UsageReport;

/**
 * A part of the usage report as CSV (RFC 4180: CRLF line ends, a field with a comma, quote or line break in double
 * quotes, quotes doubled). Search queries are typed by anyone, so a value that a spreadsheet would run as a formula
 * gets a leading single quote.
 */
enum ReportCsv {

    DAYS(List.of("day", "page_views", "logins", "active_users", "searches")) {
        @Override
        List<List<String>> rows(UsageReport report) {
            List<List<String>> rows = new ArrayList<>();
            report.days().forEach(d -> rows.add(List.of(d.day().toString(), n(d.pageViews()), n(d.logins()),
                    n(d.activeUsers()), n(d.searches()))));
            return rows;
        }
    },
    PAGES(List.of("page", "views")) {
        @Override
        List<List<String>> rows(UsageReport report) {
            return report.topPages().stream().map(p -> List.of(p.subject(), n(p.amount()))).toList();
        }
    },
    PORTLETS(List.of("portlet", "renders", "actions")) {
        @Override
        List<List<String>> rows(UsageReport report) {
            return report.topPortlets().stream().map(p -> List.of(p.portlet(), n(p.renders()), n(p.actions()))).toList();
        }
    },
    SEARCHES(List.of("query", "searches", "without_hits")) {
        @Override
        List<List<String>> rows(UsageReport report) {
            return report.topSearches().stream().map(s -> List.of(s.query(), n(s.searches()), n(s.withoutHits())))
                    .toList();
        }
    };

    static final String CONTENT_TYPE = "text/csv;charset=UTF-8";

    private final List<String> header;

    ReportCsv(List<String> header) {
        this.header = header;
    }

    abstract List<List<String>> rows(UsageReport report);

    /** The resource id of this export: "csv-days", "csv-pages", ... */
    String resourceId() {
        return "csv-" + name().toLowerCase(java.util.Locale.ROOT);
    }

    static ReportCsv byResourceId(String id) {
        for (ReportCsv csv : values()) {
            if (csv.resourceId().equals(id)) {
                return csv;
            }
        }
        return null;
    }

    String fileName(UsageReport report) {
        return "usage-" + name().toLowerCase(java.util.Locale.ROOT) + "-" + report.from() + "-" + report.to() + ".csv";
    }

    void write(UsageReport report, Appendable out) throws IOException {
        line(header, out);
        for (List<String> row : rows(report)) {
            line(row, out);
        }
    }

    private static String n(long value) {
        return String.valueOf(value);
    }
}
