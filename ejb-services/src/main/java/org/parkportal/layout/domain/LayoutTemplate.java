package org.parkportal.layout.domain;

import java.util.Arrays;
import java.util.Optional;

/** The layout templates a page can use; the theme draws them, the layout decides how many columns exist. */
public enum LayoutTemplate {
    ONE_COLUMN("one-column", 1),
    TWO_COLUMNS_50_50("two-columns-50-50", 2),
    TWO_COLUMNS_70_30("two-columns-70-30", 2),
    THREE_COLUMNS("three-columns", 3);

    private final String id;
    private final int columns;

    LayoutTemplate(String id, int columns) {
        this.id = id;
        this.columns = columns;
    }

    public String id() {
        return id;
    }

    public int columns() {
        return columns;
    }

    public static Optional<LayoutTemplate> byId(String id) {
        return Arrays.stream(values()).filter(l -> l.id.equals(id)).findFirst();
    }
}
