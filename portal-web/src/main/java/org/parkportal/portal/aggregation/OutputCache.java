package org.parkportal.portal.aggregation;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.ToLongFunction;

/**
 * Output kept for as long as its producer allows (JSR-286 PLT.22 expiration cache), per visitor (private scope)
 * or for everybody (public scope), for exactly one page state: markup's URLs encode the whole page's state.
 * Bounded by the memory its values take (their weight, in bytes); past the bound expired entries go first,
 * then everything (a cache may forget).
 *
 * @param <V> what is kept: a window's markup, or a whole page
 */
public final class OutputCache<V> {


    /**
     * @param owner the window id, or the page for whole pages
     * @param scope the session id for private output, "" for public output
     */
    public record Key(String owner, String scope, String state, String locale) {
    }

    /** A fresh entry and the whole seconds it has left. */
    public record Hit<V>(V value, int secondsLeft) {
    }

    private record Entry<V>(V value, long expiresAt, long weight) {
    }

    private final Map<Key, Entry<V>> entries = new ConcurrentHashMap<>();
    private final AtomicLong weight = new AtomicLong();
    private final long maxWeight;
    private final ToLongFunction<V> weigher;
    private final LongSupplier clock;

    /** @param weigher the bytes a value takes, roughly; at most {@code maxWeight} of them are kept */
    public OutputCache(long maxWeight, ToLongFunction<V> weigher) {
        this(maxWeight, weigher, System::nanoTime);
    }

    OutputCache(long maxWeight, ToLongFunction<V> weigher, LongSupplier nanoClock) {
        this.maxWeight = maxWeight;
        this.weigher = weigher;
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
            if (entries.remove(key, entry)) {
                weight.addAndGet(-entry.weight());
            }
            return null;
        }
        return new Hit<>(entry.value(), (int) (left / 1_000_000_000L));
    }

    /** Keeps the value for that many seconds; 0 or less keeps nothing. */
    public void put(Key key, V value, int seconds) {
        if (seconds <= 0) {
            return;
        }
        long added = weigher.applyAsLong(value);
        if (added > maxWeight) {
            return;
        }
        if (weight.get() + added > maxWeight) {
            long now = clock.getAsLong();
            removeIf((k, e) -> now - e.expiresAt() >= 0);
            if (weight.get() + added > maxWeight) {
                removeIf((k, e) -> true);
            }
        }
        Entry<V> previous = entries.put(key, new Entry<>(value, clock.getAsLong() + seconds * 1_000_000_000L, added));
        weight.addAndGet(added - (previous == null ? 0 : previous.weight()));
    }

    public void invalidate(String owner) {
        removeIf((k, e) -> k.owner().equals(owner));
    }

    /** Drops everything kept privately for one visitor. */
    public void invalidateScope(String sessionId) {
        removeIf((k, e) -> k.scope().equals(sessionId));
    }

    private void removeIf(java.util.function.BiPredicate<Key, Entry<V>> condition) {
        entries.entrySet().removeIf(e -> {
            if (condition.test(e.getKey(), e.getValue())) {
                weight.addAndGet(-e.getValue().weight());
                return true;
            }
            return false;
        });
    }

    long weight() {
        return weight.get();
    }

    int size() {
        return entries.size();
    }
}
