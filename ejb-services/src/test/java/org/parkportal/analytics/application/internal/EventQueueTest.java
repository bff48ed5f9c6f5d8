package org.parkportal.analytics.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parkportal.analytics.application.RecorderStatus;
import org.parkportal.analytics.domain.UsageEvent;

/** The recorder's queue with a store that hangs until the test lets it go: what a request thread experiences. */
class EventQueueTest {

    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private final CountDownLatch storeEntered = new CountDownLatch(1);
    private final CountDownLatch storeReleased = new CountDownLatch(1);
    private final List<UsageEvent> stored = new ArrayList<>();

    /** Blocks in the first batch until released; records every event it is given. */
    private final Consumer<List<UsageEvent>> blockingStore = batch -> {
        storeEntered.countDown();
        await(storeReleased);
        synchronized (stored) {
            stored.addAll(batch);
            stored.notifyAll();
        }
    };

    @AfterEach
    void stop() {
        storeReleased.countDown();
        executor.shutdownNow();
    }

    @Test
    void offeringReturnsWhileTheStoreIsBlockedAndAFullQueueDropsAndCounts() throws Exception {
        EventQueue queue = new EventQueue(3, 10, executor, blockingStore);
        queue.offer(view(0));
        await(storeEntered); // the drain holds event 0 and hangs in the store

        for (int i = 1; i <= 5; i++) {
            queue.offer(view(i)); // would hang here if offering waited for the store
        }

        RecorderStatus status = queue.status();
        assertEquals(4, status.accepted(), "event 0 and three that fit the queue");
        assertEquals(2, status.dropped(), "events 4 and 5 found the queue full");
        assertEquals(3, status.waiting());
        assertEquals(0, status.lost());

        storeReleased.countDown();
        List<UsageEvent> all = storedWhenCount(4);
        assertEquals(List.of("p0", "p1", "p2", "p3"), all.stream().map(UsageEvent::page).toList(),
                "everything accepted reaches the store, in order");
        assertEquals(0, queue.status().waiting());
    }

    @Test
    void aFailingStoreCountsTheBatchAsLostAndTheQueueGoesOn() throws Exception {
        CountDownLatch secondBatch = new CountDownLatch(1);
        List<UsageEvent> kept = new ArrayList<>();
        int[] calls = {0};
        EventQueue queue = new EventQueue(10, 1, executor, batch -> {
            if (calls[0]++ == 0) {
                throw new IllegalStateException("database down");
            }
            kept.addAll(batch);
            secondBatch.countDown();
        });

        queue.offer(view(1));
        queue.offer(view(2));
        await(secondBatch);

        assertEquals(1, queue.status().lost());
        assertEquals(List.of("p2"), kept.stream().map(UsageEvent::page).toList());
    }

    @Test
    void flushWritesWhatIsQueuedOnTheCallingThread() {
        List<UsageEvent> kept = new ArrayList<>();
        // An executor that never runs anything: only flush can write.
        EventQueue queue = new EventQueue(10, 2, task -> { }, kept::addAll);
        for (int i = 0; i < 5; i++) {
            queue.offer(view(i));
        }

        queue.flush();

        assertEquals(5, kept.size());
        assertEquals(0, queue.status().waiting());
    }

    private List<UsageEvent> storedWhenCount(int count) throws InterruptedException {
        synchronized (stored) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (stored.size() < count) {
                long left = deadline - System.nanoTime();
                assertTrue(left > 0, "the store never got " + count + " events: " + stored.size());
                TimeUnit.NANOSECONDS.timedWait(stored, left);
            }
            return List.copyOf(stored);
        }
    }

    private static UsageEvent view(int i) {
        return UsageEvent.pageView(Instant.EPOCH, "p" + i, "alice", "acme", "default");
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new AssertionError("latch never opened");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
