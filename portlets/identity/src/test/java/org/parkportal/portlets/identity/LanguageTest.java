package org.parkportal.portlets.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void knowsTheEightPortalLanguagesByTag() {
        assertEquals(8, Language.values().length);
        assertEquals(Optional.of(Language.TRADITIONAL_CHINESE), Language.ofTag("zh-TW"));
        assertEquals(Optional.of(Language.FRENCH), Language.ofTag(" fr "));
    }

    @Test
    void refusesAnythingElse() {
        assertTrue(Language.ofTag("xx").isEmpty());
        assertTrue(Language.ofTag(null).isEmpty());
        assertTrue(Language.ofTag("fr\"><script>").isEmpty());
    }
}
