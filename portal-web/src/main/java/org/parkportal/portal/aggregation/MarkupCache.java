package org.parkportal.portal.aggregation;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The expiration cache (JSR-286 PLT.22): a window's markup kept for the seconds its portlet allows, per visitor
 * (private scope) or for everybody (public scope), for exactly one page state, since the markup's URLs encode
 * the whole page's state. Any action on a page drops the cached markup of that page's windows.
 */
public final class MarkupCache {

    /** Keeps memory bounded; past it, expired entries go first, then everything (a cache may forget). */
    private static final int MAX_ENTRIES = 10_000;

    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
    private final LongSupplier clock;

    public MarkupCache() {
        this(System::nanoTime);
    }

    MarkupCache(LongSupplier nanoClock) {
        this.clock = nanoClock;
    }

    /** @param scope the session id for private markup, "" for public markup */
    public record Key(String window, String scope, String pageState, String locale) {
    }

    public record Entry(String markup, String title, String head, Map<?, String> resources, long expiresAt) {
    }

    public Entry get(Key key) {
        Entry entry = entries.get(key);
        if (entry == null) {
            return null;
        }
        if (clock.getAsLong() - entry.expiresAt() >= 0) {
            entries.remove(key, entry);
            return null;
        }
        return entry;
    }

    public void put(Key key, String markup, String title, String head, Map<?, String> resources, int seconds) {
        if (seconds == 0) {
            return;
        }
        if (entries.size() >= MAX_ENTRIES) {
            long now = clock.getAsLong();
            entries.values().removeIf(e -> now - e.expiresAt() >= 0);
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
        }
        // -1 means "never expires" in the portlet API; a day is long enough for a portal cache.
        long nanos = (seconds < 0 ? 86_400L : seconds) * 1_000_000_000L;
        entries.put(key, new Entry(markup, title, head, Map.copyOf(resources), clock.getAsLong() + nanos));
    }

    public void invalidate(String windowId) {
        entries.keySet().removeIf(k -> k.window().equals(windowId));
    }

    int size() {
        return entries.size();
    }
}
