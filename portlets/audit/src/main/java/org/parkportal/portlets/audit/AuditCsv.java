package org.parkportal.portlets.audit;

import static org.parkportal.portlets.support.CsvLines.line;

import java.io.IOException;
import java.util.List;

import org.parkportal.audit.domain.AuditEntry;

/**
 * Audit entries as CSV (RFC 4180: CRLF line ends, a field with a comma, quote or line break in double quotes,
 * quotes doubled). User names and details are typed by anyone, including at the login form, so a value that a
 * spreadsheet would run as a formula gets a leading single quote.
 */
final class AuditCsv {

    static final String CONTENT_TYPE = "text/csv;charset=UTF-8";
    static final String FILE_NAME = "audit-log.csv";
    static final List<String> HEADER = List.of("id", "time", "actor", "action", "target", "detail", "address", "hash");

    private AuditCsv() {
    }

    static void write(List<AuditEntry> entries, Appendable out) throws IOException {
        line(HEADER, out);
        for (AuditEntry e : entries) {
            line(List.of(String.valueOf(e.id()), e.occurredAt().toString(), text(e.actor()), e.action(),
                    text(e.target()), text(e.detail()), text(e.address()), text(e.hash())), out);
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
