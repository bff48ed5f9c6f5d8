package org.parkportal.portlets.identity.profile;

import java.util.Optional;

import org.parkportal.directory.domain.PasswordPolicy;

/**
 * The three fields of the password form. Checked here before the directory is asked, so a typo in the repeat costs
 * no bind with the current password (which counts towards the lockout when wrong).
 */
record PasswordChange(String current, String replacement, String repeat) {

    /** The message key of what is wrong with the form, if anything. */
    Optional<String> problem() {
        if (current == null || current.isEmpty() || replacement == null || replacement.isEmpty()) {
            return Optional.of("password.missing");
        }
        if (!replacement.equals(repeat)) {
            return Optional.of("password.mismatch");
        }
        if (PasswordPolicy.problem(replacement) != null) {
            return Optional.of("password.weak");
        }
        return Optional.empty();
    }

    /** Passwords never reach a log line through this record. */
    @Override
    public String toString() {
        return "PasswordChange[...]";
    }
}
