package org.parkportal.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PortalLinkTest {

    @ParameterizedTest
    @ValueSource(strings = {"workplace", "workplace/cloud", "call-center", "admin/processes", "a1/b2/c3"})
    void acceptsPagePaths(String path) {
        assertTrue(PortalLink.valid(path));
        assertEquals(path, new PortalLink(path).path());
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example/", "//evil.example", "/workplace", "workplace/", "../admin",
            "workplace/../admin", "javascript:alert(1)", "Workplace", "workplace?x=1", "workplace#top", "a b", ""})
    void refusesAnythingButAPagePath(String path) {
        assertFalse(PortalLink.valid(path));
        assertThrows(IllegalArgumentException.class, () -> new PortalLink(path));
    }
}
