package org.parkportal.access.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessRulesTest {

    private static final Subject ALICE = new Subject("alice", Set.of("employees", "sales"));
    private static final Subject ADMIN = new Subject("admin", Set.of("portal-admins"));
    private final AccessRules rules = new AccessRules(Map.of(
            ProtectedResource.page("managers"), new Grants(Map.of(Action.VIEW, Set.of(Grantee.group("managers")))),
            ProtectedResource.window("notes"), new Grants(Map.of(Action.VIEW, Set.of(Grantee.user("bob"))))),
            "portal-admins", 7);

    @Test
    void aPageWithoutGrantsIsForAdministratorsOnlyWindowsAndPortletsAreOpen() {
        assertFalse(rules.allows(ALICE, Action.VIEW, ProtectedResource.page("new-page")));
        assertTrue(rules.allows(ADMIN, Action.MANAGE, ProtectedResource.page("new-page")));
        assertTrue(rules.allows(Subject.GUEST, Action.VIEW, ProtectedResource.window("any")));
        assertTrue(rules.allows(Subject.GUEST, Action.VIEW, ProtectedResource.portlet("samples/welcome")));
    }

    @Test
    void grantsOfAResourceDecideAndAdministratorsMayDoEverything() {
        assertFalse(rules.allows(ALICE, Action.VIEW, ProtectedResource.page("managers")));
        assertFalse(rules.allows(ALICE, Action.VIEW, ProtectedResource.window("notes")));
        assertTrue(rules.allows(new Subject("bob", Set.of()), Action.VIEW, ProtectedResource.window("notes")));
        assertTrue(rules.allows(ADMIN, Action.VIEW, ProtectedResource.window("notes")));
    }
}
