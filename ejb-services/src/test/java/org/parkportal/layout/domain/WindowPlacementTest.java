package org.parkportal.layout.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WindowPlacementTest {

    @Test
    void aNewWindowIsNamedAfterItsPageAndPortletThenCounted() {
        assertEquals("sales-park-clock", WindowPlacement.suggestedId("sales", "samples/park-clock", 1));
        assertEquals("sales-park-clock-3", WindowPlacement.suggestedId("sales", "samples/park-clock", 3));
    }

    @Test
    void suggestedIdsAreValidEvenForOddPortletNamesAndStayOutOfTheUsersSpace() {
        String odd = WindowPlacement.suggestedId("team", "legacy.app/v1.2", 1);
        assertEquals("team-v1-2", odd);
        String mine = WindowPlacement.suggestedId("my-team", "samples/welcome", 1);
        assertFalse(mine.startsWith(PersonalWindow.OWN_PREFIX), mine);
        assertTrue(WindowPlacement.isValidId(mine));
        String longOne = WindowPlacement.suggestedId("x".repeat(60), "samples/" + "y".repeat(80), 12);
        assertTrue(WindowPlacement.isValidId(longOne), longOne);
    }

    @Test
    void windowIdsAndPortletNames() {
        assertTrue(WindowPlacement.isValidId("home-clock_2"));
        assertFalse(WindowPlacement.isValidId("my-clock"));
        assertFalse(WindowPlacement.isValidId("home clock"));
        assertTrue(WindowPlacement.isPortletName("samples/park-clock"));
        assertFalse(WindowPlacement.isPortletName("park-clock"));
        assertFalse(WindowPlacement.isPortletName("a/b/c"));
        assertFalse(WindowPlacement.isPortletName(null));
    }
}
