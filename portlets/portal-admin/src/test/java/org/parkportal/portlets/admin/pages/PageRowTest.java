package org.parkportal.portlets.admin.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parkportal.layout.application.PageDescriptor;

class PageRowTest {

    private static PageDescriptor page(String path, String parent, String title) {
        return new PageDescriptor(path, parent, 0, "one-column", "default", false, Map.of("en", title), List.of());
    }

    @Test
    void rowsKnowTheirDepthTitleAndPlaceAmongSiblings() {
        List<PageRow> rows = PageRow.of(List.of(page("home", null, "Home"), page("home/a", "home", "A"),
                page("home/b", "home", "B"), page("admin", null, "Admin")), "fr");

        assertEquals(List.of(0, 1, 1, 0), rows.stream().map(PageRow::depth).toList());
        assertEquals(List.of(0, 0, 1, 1), rows.stream().map(PageRow::index).toList());
        assertEquals(List.of(false, false, true, true), rows.stream().map(PageRow::last).toList());
        assertEquals("A", rows.get(1).title(), "no French title: English");
    }

    @Test
    void titlesAreReadAndWrittenInThePortalsLanguageTags() {
        assertEquals("fr", PagesPortlet.titleLanguage(Locale.forLanguageTag("fr-CH")));
        assertEquals("zh-TW", PagesPortlet.titleLanguage(Locale.TRADITIONAL_CHINESE));
        assertEquals("en", PagesPortlet.titleLanguage(Locale.US));
    }
}
