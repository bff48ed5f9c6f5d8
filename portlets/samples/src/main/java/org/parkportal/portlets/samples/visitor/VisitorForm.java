package org.parkportal.portlets.samples.visitor;

import java.util.Optional;
import java.util.Set;

/** The registration form as typed, trimmed; {@link #problem()} names the message key of what is wrong, if anything. */
public record VisitorForm(String name, String company) {

    /** Long enough for real names, short enough to keep event payloads and the reception list readable. */
    public static final int MAX_LENGTH = 80;
    static final String NAME_BLANK = "error.name.blank";
    static final String TOO_LONG = "error.tooLong";
    private static final Set<String> PROBLEM_KEYS = Set.of(NAME_BLANK, TOO_LONG);

    public static VisitorForm of(String name, String company) {
        return new VisitorForm(name == null ? "" : name.strip(), company == null ? "" : company.strip());
    }

    public Optional<String> problem() {
        if (name.isEmpty()) {
            return Optional.of(NAME_BLANK);
        }
        if (tooLong(name) || tooLong(company)) {
            return Optional.of(TOO_LONG);
        }
        return Optional.empty();
    }

    /** Only our own keys may select a message: the key comes back in a render parameter anyone can edit. */
    public static Optional<String> knownProblem(String key) {
        return key != null && PROBLEM_KEYS.contains(key) ? Optional.of(key) : Optional.empty();
    }

    private static boolean tooLong(String text) {
        return text.codePointCount(0, text.length()) > MAX_LENGTH;
    }
}
