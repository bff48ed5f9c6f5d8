package org.parkportal.portlets.admin.grants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.parkportal.access.domain.Grantee;

class GranteeChoiceTest {

    @Test
    void groupsAndUsersTakeTheTypedNameStripped() {
        assertEquals(Grantee.group("sales"), GranteeChoice.of("group", " sales "));
        assertEquals(Grantee.user("alice"), GranteeChoice.of("user", "alice"));
    }

    @Test
    void theVirtualGroupsIgnoreTheNameField() {
        assertEquals(Grantee.ALL_USERS, GranteeChoice.of("all-users", "whatever"));
        assertEquals(Grantee.AUTHENTICATED, GranteeChoice.of("authenticated", ""));
    }

    @Test
    void refusesNamesTheDirectoryCannotHaveAndUnknownKinds() {
        assertThrows(IllegalArgumentException.class, () -> GranteeChoice.of("group", ""));
        assertThrows(IllegalArgumentException.class, () -> GranteeChoice.of("group", "sales)(cn=*"));
        assertThrows(IllegalArgumentException.class, () -> GranteeChoice.of("user", "a b"));
        assertThrows(IllegalArgumentException.class, () -> GranteeChoice.of("role", "admin"));
        assertThrows(IllegalArgumentException.class, () -> GranteeChoice.of(null, "x"));
    }
}
