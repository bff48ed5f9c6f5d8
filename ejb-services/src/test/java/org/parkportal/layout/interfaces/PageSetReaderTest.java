package org.parkportal.layout.interfaces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parkportal.access.domain.Action;
import org.parkportal.access.domain.Grantee;
import org.parkportal.layout.application.InvalidPageSet;
import org.parkportal.layout.application.PageSet;

class PageSetReaderTest {

    @Test
    void readsPagesWindowsPreferencesAndChildren() {
        PageSet set = PageSetReader.read(new StringReader("""
                {"pages": [{"name": "home", "title": {"en": "Home", "fr": "Accueil"}, "layout": "two-columns-50-50",
                  "windows": [{"id": "w1", "portlet": "samples/welcome", "column": 1,
                               "preferences": {"greeting": "Hi", "tags": ["a", "b"]}}],
                  "children": [{"name": "news", "title": "News"}]}]}
                """));
        PageSet.Page home = set.pages().get(0);
        assertEquals("home", home.name());
        assertEquals("Accueil", home.titles().get("fr"));
        assertEquals("two-columns-50-50", home.layout());
        assertEquals("default", home.theme());
        PageSet.Window w = home.windows().get(0);
        assertEquals(1, w.column());
        assertEquals(List.of("a", "b"), w.preferences().get("tags"));
        assertEquals(List.of("Hi"), w.preferences().get("greeting"));
        assertEquals("News", home.children().get(0).titles().get("en"));
    }

    @Test
    void namesTheElementAtFault() {
        assertMessage("pages[0].windows[0].column", """
                {"pages": [{"name": "home", "title": "Home", "windows": [{"id": "w1", "portlet": "a/b", "column": 3}]}]}""");
        assertMessage("window id \\\"w1\\\" is used twice".replace("\\\"", "\""), """
                {"pages": [{"name": "a", "title": "A", "windows": [{"id": "w1", "portlet": "a/b"}]},
                           {"name": "b", "title": "B", "windows": [{"id": "w1", "portlet": "a/b"}]}]}""");
        assertMessage("pages[0].layout", """
                {"pages": [{"name": "home", "title": "Home", "layout": "five-columns"}]}""");
        assertMessage("pages[0].name", """
                {"pages": [{"name": "Home Page", "title": "Home"}]}""");
        assertMessage("not valid JSON", "{\"pages\": [");
        assertMessage("English", """
                {"pages": [{"name": "home", "title": {"fr": "Accueil"}}]}""");
    }

    @Test
    void readsGrantsOfPagesAndWindowsAndKeepsAbsentGrantsApart() {
        PageSet set = PageSetReader.read(new StringReader("""
                {"pages": [{"name": "team", "title": "Team",
                            "grants": {"view": ["authenticated"], "customise": ["group:managers"], "manage": ["user:bob"]},
                            "windows": [{"id": "w1", "portlet": "a/b", "grants": {"view": ["group:sales"]}},
                                        {"id": "w2", "portlet": "a/c"}]}]}"""));

        var page = set.pages().get(0);
        assertEquals(Set.of(Grantee.AUTHENTICATED),
                page.grants().of(Action.VIEW));
        assertEquals(Set.of(Grantee.user("bob")),
                page.grants().of(Action.MANAGE));
        assertEquals(Set.of(Grantee.group("sales")),
                page.windows().get(0).grants().of(Action.VIEW));
        assertEquals(null, page.windows().get(1).grants(), "no \"grants\": the window keeps its grants");
    }

    @Test
    void badGrantsAreNamedPrecisely() {
        assertMessage("pages[0].grants.own", """
                {"pages": [{"name": "p", "title": "P", "grants": {"own": ["all-users"]}}]}""");
        assertMessage("pages[0].windows[0].grants.view[1]", """
                {"pages": [{"name": "p", "title": "P", "windows": [{"id": "w", "portlet": "a/b",
                            "grants": {"view": ["all-users", "group:*"]}}]}]}""");
    }

    @Test
    void theDemoPageSetIsValid() throws Exception {
        var demo = java.nio.file.Path.of("../portal-web/src/main/resources/pages/demo-pages.json");
        PageSet set = PageSetReader.read(java.nio.file.Files.newBufferedReader(demo));
        assertTrue(set.pages().get(0).windows().size() >= 3);
    }

    private static void assertMessage(String expected, String json) {
        InvalidPageSet e = assertThrows(InvalidPageSet.class, () -> PageSetReader.read(new StringReader(json)));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
