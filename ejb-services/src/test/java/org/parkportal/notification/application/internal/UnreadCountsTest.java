package org.parkportal.notification.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class UnreadCountsTest {

    private final UnreadCounts counts = new UnreadCounts();
    private final AtomicLong queries = new AtomicLong();
    private long inDatabase = 3;

    private long query(String user) {
        queries.incrementAndGet();
        return inDatabase;
    }

    @Test
    void aCountIsQueriedOnceAndKeptUntilItsUserIsToldOrReads() {
        assertEquals(3, counts.unread("frank", this::query));
        inDatabase = 4;
        assertEquals(3, counts.unread("frank", this::query), "kept for a few seconds");
        assertEquals(1, queries.get());

        counts.forget("frank");
        assertEquals(4, counts.unread("frank", this::query), "asked again after a change");
        assertEquals(2, queries.get());
    }

    @Test
    void eachUserHasTheirOwnCount() {
        counts.unread("frank", this::query);
        inDatabase = 0;
        assertEquals(0, counts.unread("alice", this::query));
        assertEquals(3, counts.unread("frank", this::query));
    }
}
