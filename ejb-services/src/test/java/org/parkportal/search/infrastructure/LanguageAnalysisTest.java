package org.parkportal.search.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LanguageAnalysisTest {

    @Test
    void eachPortalLanguageHasItsAnalysis() {
        assertEquals("zh", LanguageAnalysis.keyOf("zh"));
        assertEquals("cjk", LanguageAnalysis.keyOf("ja"));
        assertEquals("cjk", LanguageAnalysis.keyOf("ko"));
        assertEquals("de", LanguageAnalysis.keyOf("de"));
        assertNull(LanguageAnalysis.keyOf("pt"), "standard analysis only");
        assertNull(LanguageAnalysis.keyOf(null));
    }

    @Test
    void aQueryIsSearchedInTheVisitorsLanguageAndTheLanguagesOfItsScripts() {
        assertEquals(List.of("std", "en"), List.copyOf(LanguageAnalysis.keysForQuery("en", "parking")));
        assertEquals(Set.of("std", "en", "zh", "cjk"), LanguageAnalysis.keysForQuery("en", "北京"));
        assertEquals(Set.of("std", "fr", "cjk"), LanguageAnalysis.keysForQuery("fr", "カタカナ"));
        assertEquals(Set.of("std", "cjk"), LanguageAnalysis.keysForQuery(null, "회의실"));
    }
}
