package org.parkportal.access.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GrantsTest {

    private static final Subject BOB = new Subject("bob", Set.of("employees", "managers"));
    private static final Subject ALICE = new Subject("alice", Set.of("employees", "sales"));

    @Test
    void allUsersIncludesGuestsAndAuthenticatedDoesNot() {
        Grants everybody = new Grants(Map.of(Action.VIEW, Set.of(Grantee.ALL_USERS)));
        Grants signedIn = new Grants(Map.of(Action.VIEW, Set.of(Grantee.AUTHENTICATED)));

        assertTrue(everybody.allow(Subject.GUEST, Action.VIEW));
        assertFalse(signedIn.allow(Subject.GUEST, Action.VIEW));
        assertTrue(signedIn.allow(ALICE, Action.VIEW));
    }

    @Test
    void grantsAddUpAndAStrongerActionIncludesTheWeaker() {
        Grants grants = new Grants(Map.of(
                Action.VIEW, Set.of(Grantee.group("sales")),
                Action.MANAGE, Set.of(Grantee.user("bob"))));

        assertTrue(grants.allow(ALICE, Action.VIEW));
        assertFalse(grants.allow(ALICE, Action.CUSTOMIZE));
        assertTrue(grants.allow(BOB, Action.VIEW), "manage includes view");
        assertTrue(grants.allow(BOB, Action.CUSTOMIZE));
        assertTrue(grants.allow(BOB, Action.MANAGE));
        assertFalse(grants.allow(Subject.GUEST, Action.VIEW));
    }

    @Test
    void granteesAreWrittenAndReadBack() {
        for (String text : new String[] {"all-users", "authenticated", "group:callcenter-agents", "user:dave"}) {
            assertEquals(text, Grantee.parse(text).toString());
        }
    }

    @Test
    void granteeNamesThatCouldSmuggleFilterSyntaxAreRefused() {
        for (String text : new String[] {"group:*", "user:*)(uid=*", "group:", "user:a,b", "everyone"}) {
            assertThrows(IllegalArgumentException.class, () -> Grantee.parse(text), text);
        }
    }

    @Test
    void emptyGranteeListsAreDropped() {
        Grants grants = new Grants(Map.of(Action.VIEW, Set.of()));
        assertTrue(grants.isEmpty());
        assertEquals(Grants.NONE, grants);
    }
}
