package org.parkportal.layout.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PagePathTest {

    @Test
    void aChildPathIsTheParentsPlusItsName() {
        assertEquals("home/reception", PagePath.of(new PagePath("home"), "reception").value());
        assertEquals("news", PagePath.of(null, "news").value());
        assertEquals("reception", new PagePath("home/reception").name());
    }

    @Test
    void aPageIsWithinItselfAndItsAncestorsButNotWithinANamesake() {
        PagePath sales = new PagePath("sales");
        assertTrue(sales.isWithin(sales));
        assertTrue(new PagePath("sales/team/berlin").isWithin(sales));
        assertFalse(new PagePath("sales-archive").isWithin(sales), "a shared prefix is no ancestry");
        assertFalse(sales.isWithin(new PagePath("sales/team")));
    }

    @Test
    void rebasingMovesTheWholeSubtree() {
        PagePath from = new PagePath("home/team");
        PagePath to = new PagePath("workplace/team");
        assertEquals("workplace/team", from.rebased(from, to).value());
        assertEquals("workplace/team/berlin/desk", new PagePath("home/team/berlin/desk").rebased(from, to).value());
        assertThrows(IllegalArgumentException.class, () -> new PagePath("home/other").rebased(from, to));
    }

    @Test
    void refusesMalformedPaths() {
        assertThrows(IllegalArgumentException.class, () -> new PagePath(""));
        assertThrows(IllegalArgumentException.class, () -> new PagePath("/home"));
        assertThrows(IllegalArgumentException.class, () -> new PagePath("home/"));
    }
}
