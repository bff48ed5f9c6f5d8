package org.parkportal.layout.domain;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.parkportal.layout.application.PageDescriptor;

/** The rules for a page's name, its URL segment: what page-set files and the admin portlets may use. */
public final class PageName {

    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");
    /** Top-level names the portal's own addresses use: /portal/my/... (private pages), /portal/signin, ... */
    private static final Set<String> RESERVED = new TreeSet<>(Set.of(PageDescriptor.PRIVATE_ROOT, "api",
            "health", "login", "signin", "signout", "preferences", "personal", "themes"));

    private PageName() {
    }

    /** Lower-case letters, digits and dashes, starting with a letter or digit, at most 60. */
    public static boolean isValid(String name) {
        return name != null && VALID.matcher(name).matches();
    }

    /** Taken by the portal's own addresses; a top-level page may not use it (a child page may). */
    public static boolean isReservedAtTopLevel(String name) {
        return RESERVED.contains(name);
    }

    public static Set<String> reserved() {
        return RESERVED;
    }
}
