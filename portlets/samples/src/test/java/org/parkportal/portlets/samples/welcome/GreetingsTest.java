package org.parkportal.portlets.samples.welcome;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class GreetingsTest {

    private static final String SHIPPED = "Welcome to the business park!";
    private static final String GERMAN = "Willkommen im Gewerbepark!";

    @Test
    void theUntouchedDefaultIsShownInTheReadersLanguage() {
        assertEquals(GERMAN, Greetings.displayed(SHIPPED, SHIPPED, GERMAN));
        assertEquals(GERMAN, Greetings.displayed(null, SHIPPED, GERMAN));
    }

    @Test
    void aTypedGreetingIsShownAsTyped() {
        assertEquals("Guten Morgen, Tech Hub!", Greetings.displayed("Guten Morgen, Tech Hub!", SHIPPED, GERMAN));
    }

    @Test
    void sinceFallsBackToThePortletStartWhenUnsetOrGarbled() {
        Instant started = Instant.parse("2026-01-02T03:04:05Z");
        assertEquals(started, Greetings.since(null, started));
        assertEquals(started, Greetings.since("yesterday", started));
        assertEquals(Instant.parse("2026-05-06T07:08:09Z"), Greetings.since("2026-05-06T07:08:09Z", started));
    }
}
