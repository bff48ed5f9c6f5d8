package org.parkportal.layout.domain;

import java.util.Arrays;
import java.util.Optional;

/** The themes a page can ask for; a visitor's own choice and phones override it. */
public enum Theme {
    DEFAULT("default"),
    MOBILE("mobile");

    private final String id;

    Theme(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<Theme> byId(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
    }
}
