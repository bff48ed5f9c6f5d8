package org.parkportal.portlets.admin.grants;

import org.parkportal.access.domain.Grantee;

/** The grantee an administrator picked: a kind from the select and, for a group or a user, the name they typed. */
public final class GranteeChoice {

    private GranteeChoice() {
    }

    /**
     * @param kind all-users, authenticated, group or user
     * @throws IllegalArgumentException for an unknown kind or a name the directory could not have
     */
    public static Grantee of(String kind, String name) {
        String typed = name == null ? "" : name.strip();
        return switch (kind == null ? "" : kind) {
            case "all-users", "authenticated" -> Grantee.parse(kind);
            case "group", "user" -> Grantee.parse(kind + ":" + typed);
            default -> throw new IllegalArgumentException("unknown grantee kind " + kind);
        };
    }
}
