package org.parkportal.portlets.cloud;

import java.util.Optional;

/**
 * A whole number typed into a cloud form: digits only, at most 18 of them, so it has no sign and cannot overflow.
 * Anything else is a {@link FormProblem} naming the field.
 */
final class FormNumber {

    private static final int MAX_DIGITS = 18;

    private FormNumber() {
    }

    /** Blank or absent: null. */
    static Long optional(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return of(text).orElseThrow(() -> new FormProblem("form.notANumber", field));
    }

    /** Blank or absent: "form.missing". */
    static long required(String text, String field) {
        Long value = optional(text, field);
        if (value == null) {
            throw new FormProblem("form.missing", field);
        }
        return value;
    }

    /** The number, if the text is one; empty for blank text too (for choices that only preselect). */
    static Optional<Long> of(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty() || t.length() > MAX_DIGITS || !t.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(t));
    }
}
