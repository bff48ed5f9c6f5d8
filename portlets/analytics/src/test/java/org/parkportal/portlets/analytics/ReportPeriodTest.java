package org.parkportal.portlets.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ReportPeriodTest {

    @Test
    void theChosenSpanEndsToday() {
        ReportPeriod period = ReportPeriod.parse(Map.of("days", "7")::get);

        assertEquals(LocalDate.parse("2026-03-03"), period.from(LocalDate.parse("2026-03-09")));
        assertNull(period.backOfficeTenant(), "all companies");
    }

    @Test
    void anEditedUrlMeansTheDefaultNotAnError() {
        assertEquals(ReportPeriod.DEFAULT_DAYS, ReportPeriod.parse(Map.of("days", "100000")::get).days());
        assertEquals(ReportPeriod.DEFAULT_DAYS, ReportPeriod.parse(Map.of("days", "-7")::get).days());
        assertEquals(ReportPeriod.DEFAULT_DAYS, ReportPeriod.parse(Map.<String, String>of()::get).days());
        assertNull(ReportPeriod.parse(Map.of("tenant", "x".repeat(101))::get).tenant());
    }

    @Test
    void guestsAndUsersWithoutACompanyHaveATenantParameterOfTheirOwn() {
        assertEquals("", ReportPeriod.parse(Map.of("tenant", "-")::get).backOfficeTenant());
        assertEquals("acme", ReportPeriod.parse(Map.of("tenant", "acme")::get).backOfficeTenant());
        assertEquals("-", ReportPeriod.parameterOf(""));
        assertEquals("globex", ReportPeriod.parameterOf("globex"));
    }
}
