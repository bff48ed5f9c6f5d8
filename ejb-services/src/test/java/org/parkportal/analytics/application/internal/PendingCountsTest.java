package org.parkportal.analytics.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parkportal.analytics.application.RecorderStatus;
import org.parkportal.analytics.domain.EventTally;
import org.parkportal.analytics.domain.UsageEvent;

/** The recorder's counts: what a request thread experiences, and what reaches the store. */
class PendingCountsTest {

    private static final Instant NINE = Instant.parse("2026-11-26T09:00:00Z");

    private final ExecutorService threads = Executors.newFixedThreadPool(3);

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void equalEventsOfAMinuteAreOneRowWithTheirNumberWhateverTheWindow() {
        PendingCounts counts = new PendingCounts(100);
        counts.add(render(NINE.plusSeconds(1), "w1"));
        counts.add(render(NINE.plusSeconds(59), "w2"));
        counts.add(render(NINE.plusSeconds(60), "w1"));
        counts.add(UsageEvent.pageView(NINE.plusSeconds(5), "workplace", "frank", "globex", "default"));

        List<EventTally> written = writeAll(counts);

        assertEquals(3, written.size(), written::toString);
        assertEquals(2, quantity(written, NINE, "notice-board"), "two renders in 09:00");
        assertEquals(1, quantity(written, NINE.plusSeconds(60), "notice-board"), "one in 09:01");
        assertTrue(written.stream().allMatch(t -> t.event().window() == null), "windows are not kept");
        assertEquals(new RecorderStatus(4, 0, 0, 0), counts.status());
    }

    @Test
    void searchesAreCountedByWhetherTheyFoundAnything() {
        PendingCounts counts = new PendingCounts(100);
        counts.add(UsageEvent.search(NINE, "parking", 3, "frank", "globex"));
        counts.add(UsageEvent.search(NINE, "Parking ", 7, "frank", "globex"));
        counts.add(UsageEvent.search(NINE, "parking", 0, "frank", "globex"));

        List<EventTally> written = writeAll(counts);

        assertEquals(2, written.size(), written::toString);
        assertEquals(2, written.stream().filter(t -> t.event().hits() == 1).mapToLong(EventTally::quantity).sum());
        assertEquals(1, written.stream().filter(t -> t.event().hits() == 0).mapToLong(EventTally::quantity).sum());
    }

    @Test
    void whenTooManyDifferentCountsWaitNewOnesAreDroppedAndCountedButWaitingOnesStillCount() {
        PendingCounts counts = new PendingCounts(2);
        counts.add(view("a"));
        counts.add(view("b"));
        counts.add(view("c"));
        counts.add(view("a"));

        assertEquals(new RecorderStatus(3, 1, 0, 3), counts.status());
        List<EventTally> written = writeAll(counts);
        assertEquals(List.of("a", "b"), written.stream().map(t -> t.event().page()).sorted().toList());
        assertEquals(0, counts.status().waiting());

        counts.add(view("c"));
        assertEquals(4, counts.status().accepted(), "room again once written");
    }

    @Test
    void aFailingStoreLosesItsBatchCountedAndTheNextWriteGoesOn() {
        PendingCounts counts = new PendingCounts(100);
        counts.add(view("a"));
        counts.add(view("a"));
        counts.write(batch -> {
            throw new IllegalStateException("database down");
        });
        counts.add(view("b"));

        List<EventTally> written = writeAll(counts);

        assertEquals(List.of("b"), written.stream().map(t -> t.event().page()).toList());
        assertEquals(new RecorderStatus(3, 0, 2, 0), counts.status());
    }

    @Test
    void addingNeverWaitsForAStoreThatHangs() throws Exception {
        PendingCounts counts = new PendingCounts(100);
        counts.add(view("a"));
        CountDownLatch storeEntered = new CountDownLatch(1);
        CountDownLatch storeReleased = new CountDownLatch(1);
        Future<?> writer = threads.submit(() -> counts.write(batch -> {
            storeEntered.countDown();
            await(storeReleased);
        }));
        assertTrue(storeEntered.await(10, TimeUnit.SECONDS));

        for (int i = 0; i < 1000; i++) {
            counts.add(view("b")); // would hang here if adding waited for the store
        }

        assertEquals(1000, counts.status().waiting());
        storeReleased.countDown();
        writer.get(10, TimeUnit.SECONDS);
    }

    @Test
    void everyAcceptedEventIsWrittenExactlyOnceWhileWritesRunConcurrently() throws Exception {
        PendingCounts counts = new PendingCounts(1_000);
        AtomicLong written = new AtomicLong();
        AtomicBoolean adding = new AtomicBoolean(true);
        Future<?> writer = threads.submit(() -> {
            while (adding.get()) {
                counts.write(batch -> batch.forEach(t -> written.addAndGet(t.quantity())));
            }
        });
        List<Future<?>> adders = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            adders.add(threads.submit(() -> {
                for (int i = 0; i < 50_000; i++) {
                    counts.add(view("p" + (i % 5)));
                }
            }));
        }
        for (Future<?> adder : adders) {
            adder.get(60, TimeUnit.SECONDS);
        }
        adding.set(false);
        writer.get(60, TimeUnit.SECONDS);
        counts.write(batch -> batch.forEach(t -> written.addAndGet(t.quantity())));

        assertEquals(100_000, counts.status().accepted());
        assertEquals(100_000, written.get());
    }

    private static List<EventTally> writeAll(PendingCounts counts) {
        List<EventTally> written = new ArrayList<>();
        counts.write(written::addAll);
        return written;
    }

    private static long quantity(List<EventTally> tallies, Instant minute, String portlet) {
        return tallies.stream().filter(t -> t.event().occurredAt().equals(minute) && portlet.equals(t.event().portlet()))
                .mapToLong(EventTally::quantity).sum();
    }

    private static UsageEvent render(Instant at, String window) {
        return UsageEvent.portletRender(at, "workplace", "notice-board", window, "frank", "globex");
    }

    private static UsageEvent view(String page) {
        return UsageEvent.pageView(NINE, page, "frank", "globex", "default");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
