package org.parkportal.portlets.legacy;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The entries of one user's session, newest first. Immutable: signing returns a new guestbook that replaces the
 * session attribute, so the server notices the change (and never sees a list half-way through an update).
 */
public final class Guestbook implements Serializable {

    private static final long serialVersionUID = 1L;
    /** A bound keeps the session small however long someone keeps signing. */
    public static final int CAPACITY = 50;
    private static final Guestbook EMPTY = new Guestbook(Collections.<GuestbookEntry>emptyList());

    private final List<GuestbookEntry> entries;

    private Guestbook(List<GuestbookEntry> entries) {
        this.entries = entries;
    }

    public static Guestbook empty() {
        return EMPTY;
    }

    public Guestbook signedBy(GuestbookEntry entry) {
        List<GuestbookEntry> next = new ArrayList<>(Math.min(entries.size() + 1, CAPACITY));
        next.add(entry);
        next.addAll(entries.subList(0, Math.min(entries.size(), CAPACITY - 1)));
        return new Guestbook(Collections.unmodifiableList(next));
    }

    public List<GuestbookEntry> getEntries() {
        return entries;
    }

    public int size() {
        return entries.size();
    }
}
