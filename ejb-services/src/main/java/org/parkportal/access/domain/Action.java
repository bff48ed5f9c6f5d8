package org.parkportal.access.domain;

import java.util.Locale;

/**
 * What a grant allows, from least to most: to view a page or window, to customise it (arrange a personal
 * copy: add, move and remove windows, change layout and theme), to manage it (edit the shared page and its
 * grants). A stronger action includes the weaker ones.
 */
public enum Action {
    VIEW, CUSTOMIZE, MANAGE;

    public boolean includes(Action other) {
        return compareTo(other) >= 0;
    }

    /** The name in page-set files and the admin portlets: "view", "customise" (or "customize"), "manage". */
    public String key() {
        return this == CUSTOMIZE ? "customise" : name().toLowerCase(Locale.ROOT);
    }

    public static Action ofKey(String key) {
        return switch (key) {
            case "view" -> VIEW;
            case "customise", "customize" -> CUSTOMIZE;
            case "manage" -> MANAGE;
            default -> throw new IllegalArgumentException("unknown action \"" + key
                    + "\" (expected view, customise or manage)");
        };
    }
}
