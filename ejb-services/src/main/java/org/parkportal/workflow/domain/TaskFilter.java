package org.parkportal.workflow.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * The inbox's standing filters, the ones Camunda Tasklist users know. Every filter stays within the tasks the
 * caller may see: assigned to them, or offered to them or one of their groups.
 */
public enum TaskFilter {
    /** Every task the caller may see. */
    ALL,
    /** Assigned to the caller. */
    MINE,
    /** Offered to one of the caller's groups (or to the caller) and not yet claimed. */
    MY_GROUPS,
    /** Due date passed. */
    OVERDUE,
    /** Due before the end of today (in the caller's time zone). */
    DUE_TODAY,
    /** Follow-up date reached. */
    FOLLOW_UP;

    /** The filter named in a URL or API parameter ("mine", "my-groups", "overdue", ...), if any. */
    public static Optional<TaskFilter> parse(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of(ALL);
        }
        try {
            return Optional.of(valueOf(name.strip().toUpperCase(Locale.ROOT).replace('-', '_')));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
