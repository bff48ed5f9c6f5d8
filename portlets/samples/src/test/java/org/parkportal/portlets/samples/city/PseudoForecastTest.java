package org.parkportal.portlets.samples.city;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class PseudoForecastTest {

    @Test
    void theSameSiteAlwaysGetsTheSameForecast() {
        assertEquals(describe(PseudoForecast.forSite("lakeside")), describe(PseudoForecast.forSite("lakeside")));
    }

    @Test
    void sitesGetDifferentForecasts() {
        assertNotEquals(describe(PseudoForecast.forSite("north-gate")), describe(PseudoForecast.forSite("tech-hub")));
    }

    @Test
    void givesThreeConsecutivePlausibleDays() {
        List<DayForecast> days = PseudoForecast.forSite("north-gate");
        assertEquals(PseudoForecast.DAYS, days.size());
        for (int i = 0; i < days.size(); i++) {
            DayForecast day = days.get(i);
            assertEquals(i, day.getDayOffset());
            assertTrue(day.getLowCelsius() >= 2 && day.getHighCelsius() <= 40, "plausible range");
            assertTrue(day.getHighCelsius() > day.getLowCelsius(), "high above low");
        }
    }

    @Test
    void anyValueFromAnotherPortletWorks() {
        assertEquals(PseudoForecast.DAYS, PseudoForecast.forSite("Zürich 北门 <script>").size());
    }

    @Test
    void siteIdsAndLabelKeysMatchThePublicRenderParameterValues() {
        assertEquals(ParkSite.TECH_HUB, ParkSite.byId("tech-hub").orElseThrow());
        assertEquals("site.north-gate", ParkSite.NORTH_GATE.getLabelKey());
        assertTrue(ParkSite.byId("Tech Hub").isEmpty());
        assertEquals("condition.fog", WeatherCondition.FOG.getLabelKey());
    }

    private static String describe(List<DayForecast> days) {
        return days.stream()
                .map(d -> d.getCondition() + " " + d.getLowCelsius() + "-" + d.getHighCelsius())
                .collect(Collectors.joining(", "));
    }
}
