package org.parkportal.analytics.application.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parkportal.analytics.application.RecorderStatus;
import org.parkportal.analytics.domain.UsageEvent;

/**
 * The recorder's queue: {@link #offer} never waits (a full queue drops the event and counts it); one drain at a time
 * runs on the executor and hands the events to the store in batches until the queue is empty. Plain Java, so that
 * "never blocks, drops and counts" is tested without a server.
 */
final class EventQueue {

    private static final Logger LOG = Logger.getLogger(EventQueue.class.getName());

    private final BlockingQueue<UsageEvent> queue;
    private final int batchSize;
    private final Executor executor;
    private final Consumer<List<UsageEvent>> store;
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong lost = new AtomicLong();

    EventQueue(int capacity, int batchSize, Executor executor, Consumer<List<UsageEvent>> store) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.batchSize = batchSize;
        this.executor = executor;
        this.store = store;
    }

    /** Queues the event, or drops and counts it when the queue is full; returns at once either way. */
    void offer(UsageEvent event) {
        if (queue.offer(event)) {
            accepted.incrementAndGet();
            startDrain();
        } else {
            dropped.incrementAndGet();
        }
    }

    RecorderStatus status() {
        return new RecorderStatus(accepted.get(), dropped.get(), lost.get(), queue.size());
    }

    /** Writes what is queued on the calling thread (at shutdown), batch by batch. */
    void flush() {
        List<UsageEvent> batch = new ArrayList<>(batchSize);
        while (queue.drainTo(batch, batchSize) > 0) {
            write(batch);
            batch = new ArrayList<>(batchSize);
        }
    }

    private void startDrain() {
        if (draining.compareAndSet(false, true)) {
            try {
                executor.execute(this::drain);
            } catch (RejectedExecutionException busy) {
                // The executor is saturated: the events wait in the queue, and the next offer tries again.
                draining.set(false);
            }
        }
    }

    private void drain() {
        while (true) {
            List<UsageEvent> batch = new ArrayList<>(batchSize);
            if (queue.drainTo(batch, batchSize) == 0) {
                draining.set(false);
                // An offer between the empty drain and the reset found the flag still set: take over its events.
                if (queue.isEmpty() || !draining.compareAndSet(false, true)) {
                    return;
                }
                continue;
            }
            write(batch);
        }
    }

    private void write(List<UsageEvent> batch) {
        try {
            store.accept(batch);
        } catch (RuntimeException e) {
            lost.addAndGet(batch.size());
            LOG.log(Level.WARNING, "Lost " + batch.size() + " usage event(s): the store failed", e);
        }
    }
}
