package org.parkportal.portlets.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parkportal.audit.application.AuditQuery;
import org.parkportal.audit.domain.AuditAction;

class AuditFilterTest {

    private static AuditFilter parse(String... nameValues) {
        Map<String, String> parameters = new HashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            parameters.put(nameValues[i], nameValues[i + 1]);
        }
        return AuditFilter.parse(parameters::get);
    }

    @Test
    void anEmptyFormFiltersNothingAndShowsTheFirstPage() {
        AuditFilter filter = parse();

        assertTrue(filter.valid());
        assertEquals(new AuditQuery(null, null, null, null, null, 0, 50), filter.pageQuery());
        assertTrue(filter.values().isEmpty());
    }

    @Test
    void datesAreWholeUtcDaysWithTheEndDayIncluded() {
        AuditQuery query = parse("from", "2026-03-01", "to", "2026-03-02").pageQuery();

        assertEquals(Instant.parse("2026-03-01T00:00:00Z"), query.from());
        assertEquals(Instant.parse("2026-03-03T00:00:00Z"), query.to(), "the log's upper bound is exclusive");
    }

    @Test
    void oneDayIsFromAndToTheSameDate() {
        AuditQuery query = parse("from", "2026-12-31", "to", "2026-12-31").pageQuery();

        assertEquals(Instant.parse("2026-12-31T00:00:00Z"), query.from());
        assertEquals(Instant.parse("2027-01-01T00:00:00Z"), query.to());
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "2026-02-30", "2026-13-01", "26-03-01", "2026-3-1", "+999999999-12-31",
            "2026-03-01T00:00", "2026-03-01'; drop table audit_entry"})
    void aMalformedDateIsAFieldErrorNotAnException(String date) {
        AuditFilter filter = parse("from", date, "to", date);

        assertFalse(filter.valid());
        assertEquals("error.date", filter.error("from"));
        assertEquals("error.date", filter.error("to"));
        assertEquals(date.strip(), filter.value("from"), "shown again as typed, to be corrected");
    }

    @Test
    void anEndBeforeTheStartIsAnErrorOnTheEnd() {
        AuditFilter filter = parse("from", "2026-03-02", "to", "2026-03-01");

        assertEquals(Map.of("to", "error.range"), filter.errors());
    }

    @Test
    void actorActionAndTextAreStrippedAndPassedOn() {
        AuditQuery query = parse("actor", "  alice ", "action", "LOGIN_FAILED", "text", " page:home ").pageQuery();

        assertEquals("alice", query.actor());
        assertEquals(AuditAction.LOGIN_FAILED, query.action());
        assertEquals("page:home", query.text());
    }

    @Test
    void blankFieldsDoNotFilter() {
        AuditFilter filter = parse("from", "", "actor", "   ", "action", "", "text", "\t");

        assertTrue(filter.valid());
        assertEquals(new AuditQuery(null, null, null, null, null, 0, 50), filter.pageQuery());
    }

    @ParameterizedTest
    @ValueSource(strings = {"login", "NOT_AN_ACTION", "LOGIN,LOGOUT"})
    void anUnknownActionIsAFieldError(String action) {
        AuditFilter filter = parse("action", action);

        assertEquals(Map.of("action", "error.action"), filter.errors());
    }

    @Test
    void tooLongActorOrTextIsAFieldError() {
        AuditFilter filter = parse("actor", "a".repeat(AuditFilter.MAX_ACTOR + 1), "text", "t".repeat(AuditFilter.MAX_TEXT + 1));

        assertEquals("error.length", filter.error("actor"));
        assertEquals("error.length", filter.error("text"));
        assertTrue(parse("actor", "\uD83C\uDF33".repeat(AuditFilter.MAX_ACTOR)).valid(), "counted in characters");
    }

    @Test
    void pagesAreFiftyEntriesFromPageOne() {
        assertEquals(100, parse("page", "3").pageQuery().offset());
        assertEquals(50, parse("page", "3").pageQuery().limit());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "two", "", "99999999999999999999", "1e3"})
    void aBrokenPageNumberShowsTheFirstPage(String page) {
        AuditFilter filter = parse("page", page);

        assertTrue(filter.valid());
        assertEquals(1, filter.page());
    }

    @Test
    void aHugePageNumberIsCappedSoTheOffsetStaysPositive() {
        AuditFilter filter = parse("page", "9999999");

        assertEquals(AuditFilter.MAX_PAGE, filter.page());
        assertTrue(filter.pageQuery().offset() > 0);
    }

    @Test
    void theExportTakesAllItMayFromTheStart() {
        AuditQuery query = parse("action", "LOGIN", "page", "4").exportQuery();

        assertEquals(0, query.offset());
        assertEquals(AuditQuery.MAX_LIMIT, query.limit());
        assertEquals(AuditAction.LOGIN, query.action());
    }

    @Test
    void valuesKeepFormOrderAndLeaveOutThePage() {
        AuditFilter filter = parse("text", "x", "page", "2", "from", "2026-01-01");

        assertEquals(java.util.List.of("from", "text"), java.util.List.copyOf(filter.values().keySet()));
        assertNull(filter.error("text"));
    }
}
