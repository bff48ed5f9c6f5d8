package org.parkportal.analytics.application.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parkportal.analytics.application.RecorderStatus;
import org.parkportal.analytics.domain.EventTally;
import org.parkportal.analytics.domain.UsageEvent;

/**
 * The recorder's counts not yet written: equal events of the same minute share one counter, so a page served many
 * times costs one increment each time and one row per minute, not a row per view. {@link #add} never waits for the
 * store; once {@code capacity} different counts wait, new ones are dropped and counted. Plain Java, so that "never
 * blocks, drops and counts, loses nothing it accepted" is tested without a server.
 */
final class PendingCounts {

    private static final Logger LOG = Logger.getLogger(PendingCounts.class.getName());

    private final Map<UsageEvent, Long> counts = new ConcurrentHashMap<>();
    private final int capacity;
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong lost = new AtomicLong();

    PendingCounts(int capacity) {
        this.capacity = capacity;
    }

    /** Counts the event in its minute, or drops and counts it when too many different counts wait. */
    void add(UsageEvent event) {
        UsageEvent key = event.inMinute();
        if (counts.size() >= capacity && !counts.containsKey(key)) {
            dropped.incrementAndGet();
            return;
        }
        // merge is atomic per key, and write() takes a count out with remove: an increment is never lost between them.
        counts.merge(key, 1L, Long::sum);
        accepted.incrementAndGet();
    }

    /**
     * Hands every waiting count to the store in one batch ({@code quantity} equal events each). A failing store
     * loses the batch, counted and logged: analytics never retries into a database that is down.
     */
    void write(Consumer<List<EventTally>> store) {
        List<EventTally> batch = new ArrayList<>();
        for (UsageEvent key : List.copyOf(counts.keySet())) {
            Long quantity = counts.remove(key);
            if (quantity != null) {
                batch.add(new EventTally(key, quantity));
            }
        }
        if (batch.isEmpty()) {
            return;
        }
        try {
            store.accept(batch);
        } catch (RuntimeException e) {
            long events = batch.stream().mapToLong(EventTally::quantity).sum();
            lost.addAndGet(events);
            LOG.log(Level.WARNING, "Lost " + events + " usage event(s): the store failed", e);
        }
    }

    RecorderStatus status() {
        long waiting = counts.values().stream().mapToLong(Long::longValue).sum();
        return new RecorderStatus(accepted.get(), dropped.get(), lost.get(), (int) Math.min(Integer.MAX_VALUE, waiting));
    }
}
