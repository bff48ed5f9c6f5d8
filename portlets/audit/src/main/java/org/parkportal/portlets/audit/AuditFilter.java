package org.parkportal.portlets.audit;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.parkportal.audit.application.AuditQuery;
import org.parkportal.audit.domain.AuditAction;

/**
 * The filter form as the administrator filled it in: the values (to show them again and to carry them into the
 * paging and export URLs), what they mean as an {@link AuditQuery}, and what was wrong with them. The values come
 * from URL parameters anyone can edit, so nothing here throws: a bad value becomes a field error.
 */
final class AuditFilter {

    static final String FROM = "from";
    static final String TO = "to";
    static final String ACTOR = "actor";
    static final String ACTION = "action";
    static final String TEXT = "text";
    static final String PAGE = "page";
    static final List<String> FIELDS = List.of(FROM, TO, ACTOR, ACTION, TEXT);

    static final int PAGE_SIZE = 50;
    /** The log's column sizes: a longer actor or text can never match. */
    static final int MAX_ACTOR = 100;
    static final int MAX_TEXT = 200;
    /** Keeps the offset an int; nobody pages this far by hand. */
    static final int MAX_PAGE = 1_000_000;

    /** Exactly yyyy-MM-dd; LocalDate.parse alone would accept a signed year that overflows a day later. */
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final Map<String, String> values;
    private final Map<String, String> errors;
    private final LocalDate from;
    private final LocalDate to;
    private final AuditAction action;
    private final int page;

    private AuditFilter(Map<String, String> values, Map<String, String> errors, LocalDate from, LocalDate to,
                        AuditAction action, int page) {
        this.values = Collections.unmodifiableMap(values);
        this.errors = Collections.unmodifiableMap(errors);
        this.from = from;
        this.to = to;
        this.action = action;
        this.page = page;
    }

    /** Reads the fields through {@code parameter} (render or resource parameters: name to value or null). */
    static AuditFilter parse(Function<String, String> parameter) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : FIELDS) {
            String value = parameter.apply(field);
            if (value != null && !value.isBlank()) {
                values.put(field, value.strip());
            }
        }
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate from = date(values.get(FROM), FROM, errors);
        LocalDate to = date(values.get(TO), TO, errors);
        if (from != null && to != null && to.isBefore(from)) {
            errors.put(TO, "error.range");
        }
        checkLength(values.get(ACTOR), MAX_ACTOR, ACTOR, errors);
        checkLength(values.get(TEXT), MAX_TEXT, TEXT, errors);
        AuditAction action = action(values.get(ACTION), errors);
        return new AuditFilter(values, errors, from, to, action, page(parameter.apply(PAGE)));
    }

    boolean valid() {
        return errors.isEmpty();
    }

    /** The non-blank fields, stripped, in form order. */
    Map<String, String> values() {
        return values;
    }

    /** A field's value for the form, or "" when blank. */
    String value(String field) {
        return values.getOrDefault(field, "");
    }

    /** Field to message key; the length message takes the maximum as its parameter. */
    Map<String, String> errors() {
        return errors;
    }

    /** A field's error message key, or null. */
    String error(String field) {
        return errors.get(field);
    }

    /** The page shown, from 1. */
    int page() {
        return page;
    }

    /** The entries of the current page. */
    AuditQuery pageQuery() {
        return query((page - 1) * PAGE_SIZE, PAGE_SIZE);
    }

    /** Every matching entry the log hands out at once, for the export. */
    AuditQuery exportQuery() {
        return query(0, AuditQuery.MAX_LIMIT);
    }

    /** Only meaningful when {@link #valid()}: an invalid field is left out, not guessed at. */
    AuditQuery query(int offset, int limit) {
        return new AuditQuery(startOf(from), startOf(to == null ? null : to.plusDays(1)), values.get(ACTOR), action,
                values.get(TEXT), offset, limit);
    }

    /** Days are UTC days, as the table shows its times in UTC. */
    private static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static LocalDate date(String value, String field, Map<String, String> errors) {
        if (value == null) {
            return null;
        }
        if (DATE.matcher(value).matches()) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeException e) {
                // 2026-02-30 and the like: a field error like any other malformed date.
            }
        }
        errors.put(field, "error.date");
        return null;
    }

    private static void checkLength(String value, int max, String field, Map<String, String> errors) {
        if (value != null && value.codePointCount(0, value.length()) > max) {
            errors.put(field, "error.length");
        }
    }

    private static AuditAction action(String value, Map<String, String> errors) {
        if (value == null) {
            return null;
        }
        for (AuditAction a : AuditAction.values()) {
            if (a.name().equals(value)) {
                return a;
            }
        }
        errors.put(ACTION, "error.action");
        return null;
    }

    /** A broken or missing page number shows the first page rather than an error. */
    private static int page(String value) {
        if (value == null || !value.strip().matches("\\d{1,7}")) {
            return 1;
        }
        return Math.max(1, Math.min(Integer.parseInt(value.strip()), MAX_PAGE));
    }
}
