package org.parkportal.access.domain;

import java.util.Set;

/** Who asks for access: a user and their directory groups, or a guest (user null, no groups). */
public record Subject(String user, Set<String> groups) {

    public static final Subject GUEST = new Subject(null, Set.of());

    public Subject {
        groups = Set.copyOf(groups);
    }

    public boolean isGuest() {
        return user == null;
    }
}
