package org.parkportal.portal.aggregation;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Output kept for as long as its producer allows (JSR-286 PLT.22 expiration cache), per visitor (private scope)
 * or for everybody (public scope), for exactly one page state: markup's URLs encode the whole page's state.
 * Bounded in size; past the bound expired entries go first, then everything (a cache may forget).
 *
 * @param <V> what is kept: a window's markup, or a whole page
 */
public final class OutputCache<V> {

    private static final int MAX_ENTRIES = 10_000;

    /**
     * @param owner the window id, or the page for whole pages
     * @param scope the session id for private output, "" for public output
     */
    public record Key(String owner, String scope, String state, String locale) {
    }

    /** A fresh entry and the whole seconds it has left. */
    public record Hit<V>(V value, int secondsLeft) {
    }

    private record Entry<V>(V value, long expiresAt) {
    }

    private final Map<Key, Entry<V>> entries = new ConcurrentHashMap<>();
    private final LongSupplier clock;

    public OutputCache() {
        this(System::nanoTime);
    }

    OutputCache(LongSupplier nanoClock) {
        this.clock = nanoClock;
    }

    /** The portlet API's expiration time as a cache lifetime: -1 (never expires) becomes a day. */
    public static int seconds(int expirationTime) {
        return expirationTime < 0 ? 86_400 : expirationTime;
    }

    public Hit<V> get(Key key) {
        Entry<V> entry = entries.get(key);
        if (entry == null) {
            return null;
        }
        long left = entry.expiresAt() - clock.getAsLong();
        if (left <= 0) {
            entries.remove(key, entry);
            return null;
        }
        return new Hit<>(entry.value(), (int) (left / 1_000_000_000L));
    }

    /** Keeps the value for that many seconds; 0 or less keeps nothing. */
    public void put(Key key, V value, int seconds) {
        if (seconds <= 0) {
            return;
        }
        if (entries.size() >= MAX_ENTRIES) {
            long now = clock.getAsLong();
            entries.values().removeIf(e -> now - e.expiresAt() >= 0);
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
        }
        entries.put(key, new Entry<>(value, clock.getAsLong() + seconds * 1_000_000_000L));
    }

    public void invalidate(String owner) {
        entries.keySet().removeIf(k -> k.owner().equals(owner));
    }

    /** Drops everything kept privately for one visitor. */
    public void invalidateScope(String sessionId) {
        entries.keySet().removeIf(k -> k.scope().equals(sessionId));
    }

    int size() {
        return entries.size();
    }
}
