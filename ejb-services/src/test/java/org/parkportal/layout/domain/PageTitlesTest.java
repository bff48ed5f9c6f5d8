package org.parkportal.layout.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PageTitlesTest {

    @Test
    void keepsTheTypedTitlesStrippedAndDropsEmptyOnes() {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("en", "  Sales  ");
        typed.put("fr", "Ventes");
        typed.put("de", "   ");
        assertEquals(Map.of("en", "Sales", "fr", "Ventes"), PageTitles.cleaned(typed));
    }

    @Test
    void anEnglishTitleIsRequired() {
        assertNull(PageTitles.cleaned(Map.of("fr", "Ventes")));
        assertNull(PageTitles.cleaned(Map.of("en", " ", "fr", "Ventes")));
        assertNull(PageTitles.cleaned(null));
    }

    @Test
    void refusesOverlongTitlesAndMalformedLanguageTags() {
        assertNull(PageTitles.cleaned(Map.of("en", "x".repeat(PageTitles.MAX_LENGTH + 1))));
        assertEquals(Map.of("en", "x".repeat(PageTitles.MAX_LENGTH)),
                PageTitles.cleaned(Map.of("en", "x".repeat(PageTitles.MAX_LENGTH))));
        assertNull(PageTitles.cleaned(Map.of("en", "Sales", "<script>", "x")));
        assertEquals(Map.of("en", "Sales", "zh-CN", "销售"), PageTitles.cleaned(Map.of("en", "Sales", "zh-CN", "销售")));
    }
}
