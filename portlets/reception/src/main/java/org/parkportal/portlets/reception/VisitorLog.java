package org.parkportal.portlets.reception;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The reception's list of recent visitors, oldest first. Kept as a plain {@code ArrayList<String>} in the session
 * so the attribute stays readable (and serializable) without any class of this application.
 */
final class VisitorLog {

    /** A desk needs the latest arrivals, not a history; the bound also keeps the session small. */
    static final int CAPACITY = 20;

    private VisitorLog() {
    }

    /** A new list (the session attribute is replaced, never changed in place) with the name appended. */
    static ArrayList<String> appended(List<String> visitors, String name) {
        List<String> current = visitors == null ? List.of() : visitors;
        ArrayList<String> next = new ArrayList<>(Math.min(current.size() + 1, CAPACITY));
        int skip = Math.max(0, current.size() + 1 - CAPACITY);
        next.addAll(current.subList(skip, current.size()));
        next.add(name);
        return next;
    }

    /** Newest first, for display. */
    static List<String> newestFirst(List<String> visitors) {
        List<String> reversed = new ArrayList<>(visitors == null ? List.of() : visitors);
        Collections.reverse(reversed);
        return reversed;
    }
}
