package org.parkportal.portlets.samples.welcome;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/** What the welcome portlet shows, decided apart from the portlet API so it can be tested plainly. */
final class Greetings {

    private Greetings() {
    }

    /**
     * The shipped default greeting is declared in portlet.xml, in English. As long as nobody changed it, readers
     * get the same sentence from their own language's bundle; a greeting someone typed is shown as typed.
     */
    static String displayed(String stored, String shippedDefault, String localizedDefault) {
        if (stored == null || stored.isBlank() || stored.equals(shippedDefault)) {
            return localizedDefault;
        }
        return stored;
    }

    /** When the greeting was last changed; before the first change, since the portlet started. */
    static Instant since(String storedInstant, Instant portletStarted) {
        if (storedInstant == null || storedInstant.isBlank()) {
            return portletStarted;
        }
        try {
            return Instant.parse(storedInstant);
        } catch (DateTimeParseException e) {
            return portletStarted;
        }
    }
}
