package org.parkportal.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NotificationTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    @Test
    void keepsItsArgumentsApartEvenWhenOneHoldsTheCloudsOwnSeparator() {
        List<String> arguments = List.of("web-1", "order.failed.NO_PUBLIC_ADDRESS", "Park-South\u001fresource:CPU", "");
        Notification n = new Notification("frank", "globex", "order.FAILED", arguments, new PortalLink("workplace/cloud"),
                NOW);

        assertEquals(arguments, n.arguments());
        assertEquals("workplace/cloud", n.link());
    }

    @Test
    void anArgumentCannotForgeAnotherArgument() {
        Notification n = new Notification("frank", null, "order.RUNNING", List.of("a\u001eb"), null, NOW);

        assertEquals(List.of("a b"), n.arguments());
        assertNull(n.link());
    }

    @Test
    void isReadOnceAndTheFirstReadCounts() {
        Notification n = new Notification("frank", "globex", "order.RUNNING", List.of("web-1"), null, NOW);
        assertFalse(n.isRead());

        n.markRead(NOW.plusSeconds(5));
        n.markRead(NOW.plusSeconds(60));

        assertTrue(n.isRead());
        assertEquals(NOW.plusSeconds(5), n.readAt());
    }

    @Test
    void onlyReadNotificationsOlderThanTheRetentionExpire() {
        Instant old = NOW.minus(Duration.ofDays(91));
        Notification unreadOld = new Notification("frank", null, "order.RUNNING", List.of("a"), null, old);
        Notification readOld = new Notification("frank", null, "order.RUNNING", List.of("a"), null, old);
        readOld.markRead(old.plusSeconds(1));
        Notification readRecent = new Notification("frank", null, "order.RUNNING", List.of("a"), null,
                NOW.minus(Duration.ofDays(89)));
        readRecent.markRead(NOW);

        assertFalse(unreadOld.expired(NOW));
        assertTrue(readOld.expired(NOW));
        assertFalse(readRecent.expired(NOW));
        assertEquals(NOW.minus(Duration.ofDays(90)), Notification.retentionCutoff(NOW));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "a-name-far-too-long-for-the-recipient-column-of-one-hundred-characters-"
            + "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"})
    void refusesABlankOrOverlongRecipient(String recipient) {
        assertThrows(IllegalArgumentException.class,
                () -> new Notification(recipient, null, "order.RUNNING", List.of(), null, NOW));
    }

    @Test
    void refusesArgumentsTooLongToKeep() {
        assertThrows(IllegalArgumentException.class,
                () -> new Notification("frank", null, "order.REJECTED", List.of("x".repeat(5000)), null, NOW));
    }
}
