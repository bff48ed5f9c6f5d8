package org.parkportal.search.domain;

import java.util.Set;
import java.util.TreeSet;

/**
 * Who searches, as the index filters: the grantee names that match them and their park company. A guest matches
 * only {@code all-users}; a signed-in user also {@code authenticated}, {@code user:UID} and {@code group:CN} of each
 * of their directory groups.
 *
 * @param tenant the caller's park company, null for guests and accounts without one
 */
public record Viewer(Set<String> grantees, String tenant) {

    public static final Viewer GUEST = new Viewer(Set.of("all-users"), null);

    public Viewer {
        grantees = Set.copyOf(grantees);
    }

    public static Viewer of(String user, Set<String> groups, String tenant) {
        if (user == null) {
            return GUEST;
        }
        Set<String> grantees = new TreeSet<>(Set.of("all-users", "authenticated", "user:" + user));
        groups.forEach(group -> grantees.add("group:" + group));
        return new Viewer(grantees, tenant == null || tenant.isBlank() ? null : tenant);
    }

    public boolean isGuest() {
        return !grantees.contains("authenticated");
    }

    /** Whether this viewer may see the document: one of its viewers matches, and it is the viewer's tenant's if any. */
    public boolean maySee(SearchDocument document) {
        return document.viewers().stream().anyMatch(grantees::contains)
                && (document.tenant() == null || document.tenant().equals(tenant));
    }
}
