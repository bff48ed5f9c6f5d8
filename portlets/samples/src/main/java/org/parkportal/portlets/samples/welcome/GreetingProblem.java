package org.parkportal.portlets.samples.welcome;

import java.util.Arrays;
import java.util.Optional;

/** Why a greeting was refused. The name travels in the ValidatorException, the key selects the translated text. */
public enum GreetingProblem {
    BLANK("error.greeting.blank"),
    TOO_LONG("error.greeting.tooLong"),
    READ_ONLY("error.readOnly");

    private final String messageKey;

    GreetingProblem(String messageKey) {
        this.messageKey = messageKey;
    }

    public String getMessageKey() {
        return messageKey;
    }

    /** Only known names are accepted: the value comes back through a render parameter anyone can edit. */
    public static Optional<GreetingProblem> fromName(String name) {
        return Arrays.stream(values()).filter(p -> p.name().equals(name)).findFirst();
    }
}
