package org.parkportal.search.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchDocumentTest {

    private static SearchDocument withUrl(String url) {
        return new SearchDocument("content:1", "content", "Title", "", "en", url, Set.of("all-users"), null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "//evil.example/x", "data:text/html,x", " /portal/x"})
    void aLinkThatCouldRunScriptOrLeaveUnnoticedIsRefused(String url) {
        InvalidSearchDocument refused = assertThrows(InvalidSearchDocument.class, () -> withUrl(url));
        assertEquals("url", refused.field());
    }

    @Test
    void portalPathsWebAndMailLinksAreTaken() {
        withUrl("/portal/home");
        withUrl("https://park.example/x");
        withUrl("mailto:a@park.example");
    }

    @ParameterizedTest
    @ValueSource(strings = {"everybody", "group:", "user:bob smith", "group:a,b"})
    void viewersMustBeGranteeNames(String viewer) {
        assertThrows(InvalidSearchDocument.class, () -> new SearchDocument("c:1", "content", "T", "", null, null,
                Set.of(viewer), null));
    }

    @Test
    void aLongBodyIsCutAndTitlesByLanguageFallBack() {
        SearchDocument d = new SearchDocument("c:1", "content", "Home", "x".repeat(SearchDocument.MAX_BODY + 5), "en",
                null, Set.of("authenticated"), "acme", Map.of("zh-CN", "首页", "de", " "));

        assertEquals(SearchDocument.MAX_BODY, d.body().length());
        assertEquals(Map.of("zh-CN", "首页"), d.titles(), "blank titles are dropped");
        assertEquals("首页", d.titleIn("zh-TW"));
        assertEquals("Home", d.titleIn("fr"));
    }

    @Test
    void aViewerSeesByGranteeAndTenant() {
        SearchDocument acme = new SearchDocument("c:1", "content", "T", "", null, null, Set.of("group:sales"), "acme");
        assertTrue(Viewer.of("alice", Set.of("sales"), "acme").maySee(acme));
        assertFalse(Viewer.of("sam", Set.of("sales"), "globex").maySee(acme), "same group, other company");
        assertFalse(Viewer.GUEST.maySee(acme));
        assertTrue(Viewer.GUEST.isGuest());
        assertEquals(Set.of("all-users", "authenticated", "user:alice", "group:sales"),
                Viewer.of("alice", Set.of("sales"), null).grantees());
    }
}
