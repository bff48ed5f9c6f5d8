package org.parkportal.portlets.identity.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class PasswordChangeTest {

    @Test
    void acceptsAStrongRepeatedPassword() {
        assertEquals(Optional.empty(), new PasswordChange("old-Secret1", "new-Secret12", "new-Secret12").problem());
    }

    @Test
    void refusesADifferentRepeatBeforeThePolicy() {
        assertEquals(Optional.of("password.mismatch"), new PasswordChange("old", "short", "shorter").problem());
    }

    @Test
    void refusesAWeakPassword() {
        assertEquals(Optional.of("password.weak"), new PasswordChange("old", "onlyletters", "onlyletters").problem());
        assertEquals(Optional.of("password.weak"), new PasswordChange("old", "abc12", "abc12").problem());
    }

    @Test
    void refusesMissingFields() {
        assertEquals(Optional.of("password.missing"), new PasswordChange("", "new-Secret12", "new-Secret12").problem());
        assertEquals(Optional.of("password.missing"), new PasswordChange("old", null, null).problem());
    }

    @Test
    void neverPrintsThePasswords() {
        assertFalse(new PasswordChange("old-Secret1", "new-Secret12", "new-Secret12").toString().contains("Secret"));
    }
}
