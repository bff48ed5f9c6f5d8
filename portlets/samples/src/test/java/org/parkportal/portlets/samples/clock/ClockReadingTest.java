package org.parkportal.portlets.samples.clock;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

class ClockReadingTest {

    @Test
    void servesTimeAndZoneAsJson() {
        ZonedDateTime now = ZonedDateTime.of(2026, 3, 4, 9, 5, 7, 0, ZoneId.of("Asia/Shanghai"));
        assertEquals("{\"time\":\"09:05:07\",\"zone\":\"Asia/Shanghai\"}", ClockReading.json(now));
    }

    @Test
    void escapesWhatJsonCannotCarryPlainly() {
        assertEquals("a\\\"b\\\\c\\u0001", ClockReading.jsonText("a\"b\\c\u0001"));
    }

    @Test
    void anUnknownConfiguredZoneFallsBackToTheServerZone() {
        assertEquals(ZoneId.systemDefault(), ParkClockPortlet.zoneFrom("Mars/Olympus_Mons"));
        assertEquals(ZoneId.systemDefault(), ParkClockPortlet.zoneFrom(null));
        assertEquals(ZoneId.of("Europe/Rome"), ParkClockPortlet.zoneFrom(" Europe/Rome "));
    }
}
