package org.parkportal.portlets.legacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class GuestbookTest {

    private static final Instant NOON = Instant.parse("2026-06-01T12:00:00Z");

    @Test
    void acceptsATrimmedEntry() {
        GuestbookEntry entry = GuestbookEntry.of("  Ada ", " Lovely park. ", NOON).entry().orElseThrow();
        assertEquals("Ada", entry.getAuthor());
        assertEquals("Lovely park.", entry.getMessage());
        assertEquals(NOON, entry.getSignedAt());
    }

    @Test
    void namesWhatIsWrongWithAnEntry() {
        assertEquals("error.required", GuestbookEntry.of("Ada", " ", NOON).problemKey().orElseThrow());
        assertEquals("error.required", GuestbookEntry.of(null, "Hi", NOON).problemKey().orElseThrow());
        String tooLong = "x".repeat(GuestbookEntry.MAX_MESSAGE_LENGTH + 1);
        assertEquals("error.tooLong", GuestbookEntry.of("Ada", tooLong, NOON).problemKey().orElseThrow());
        assertTrue(GuestbookEntry.isProblemKey("error.tooLong"));
        assertTrue(!GuestbookEntry.isProblemKey("javax.portlet.title"));
    }

    @Test
    void newestFirstAndBounded() {
        Guestbook book = Guestbook.empty();
        for (int i = 1; i <= Guestbook.CAPACITY + 5; i++) {
            book = book.signedBy(GuestbookEntry.of("guest " + i, "hello", NOON).entry().orElseThrow());
        }
        assertEquals(Guestbook.CAPACITY, book.size());
        assertEquals("guest " + (Guestbook.CAPACITY + 5), book.getEntries().get(0).getAuthor());
        assertEquals("guest 6", book.getEntries().get(Guestbook.CAPACITY - 1).getAuthor());
    }

    @Test
    void signingLeavesTheOldGuestbookUnchanged() {
        Guestbook empty = Guestbook.empty();
        empty.signedBy(GuestbookEntry.of("Ada", "hello", NOON).entry().orElseThrow());
        assertEquals(0, empty.size());
    }
}
