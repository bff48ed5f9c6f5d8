package org.parkportal.portlets.support;

import java.io.IOException;
import java.util.List;

/**
 * CSV as the portlets export it (RFC 4180 lines ending in CRLF), with every field neutralised against formula
 * injection: a value that a spreadsheet would read as a formula (=, +, -, @, tab, CR first) gets a leading quote.
 */
public final class CsvLines {

    private CsvLines() {
    }

    /** Writes one line of fields. */
    public static void line(List<String> fields, Appendable out) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields.get(i)));
        }
        out.append("\r\n");
    }

    /** One field (null is empty), neutralised against formula injection, then quoted if it needs to be. */
    public static String field(String value) {
        String text = value == null ? "" : value;
        String safe = startsLikeAFormula(text) ? "'" + text : text;
        boolean quote = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0
                || safe.indexOf('\r') >= 0;
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }

    private static boolean startsLikeAFormula(String value) {
        if (value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
