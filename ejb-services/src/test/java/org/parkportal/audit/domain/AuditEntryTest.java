package org.parkportal.audit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditEntryTest {

    private static final String GENESIS = "0".repeat(64);
    private static final Instant NOW = Instant.parse("2026-11-26T10:15:30.123456789Z");

    @Test
    void eachEntryHashesItsContentAndThePreviousHash() {
        AuditEntry first = new AuditEntry(1, NOW, new AuditEvent("admin", AuditAction.LOGIN, "user:admin", null, "10.0.0.1"), GENESIS);
        AuditEntry second = new AuditEntry(2, NOW, new AuditEvent("admin", AuditAction.LOGOUT, "user:admin", null, "10.0.0.1"), first.hash());

        assertEquals(64, first.hash().length());
        assertEquals(first.hash(), first.expectedHash(GENESIS));
        assertEquals(second.hash(), second.expectedHash(first.hash()));
        assertNotEquals(second.hash(), second.expectedHash(GENESIS), "the chain binds an entry to its predecessor");
        assertEquals(Instant.parse("2026-11-26T10:15:30.123Z"), first.occurredAt(), "stored to the millisecond");
    }

    @Test
    void changingAnyFieldBreaksTheHash() throws Exception {
        for (String field : new String[] {"actor", "action", "target", "detail", "address"}) {
            AuditEntry entry = new AuditEntry(7, NOW, new AuditEvent("bob", AuditAction.GRANTS_CHANGED, "page:home",
                    "view: all-users", "10.0.0.2"), GENESIS);
            Field f = AuditEntry.class.getDeclaredField(field);
            f.setAccessible(true);
            f.set(entry, field.equals("action") ? "LOGIN" : "tampered");
            assertFalse(entry.hash().equals(entry.expectedHash(GENESIS)), field);
        }
    }

    @Test
    void nullAndEmptyFieldsHashDifferently() {
        AuditEntry withNull = new AuditEntry(3, NOW, new AuditEvent(null, AuditAction.LOGIN_FAILED, "x", null, null), GENESIS);
        AuditEntry withEmpty = new AuditEntry(3, NOW, new AuditEvent("", AuditAction.LOGIN_FAILED, "x", null, null), GENESIS);
        assertNotEquals(withNull.hash(), withEmpty.hash());
    }

    @Test
    void controlCharactersCannotForgeLines() {
        AuditEvent event = new AuditEvent("eve\r\nLOGIN,admin", AuditAction.LOGIN_FAILED, "user:x\ny", "a\tb", "1.2.3.4");
        assertTrue(event.actor().chars().noneMatch(Character::isISOControl));
        assertTrue(event.target().chars().noneMatch(Character::isISOControl));
        assertTrue(event.detail().chars().noneMatch(Character::isISOControl));
    }
}
