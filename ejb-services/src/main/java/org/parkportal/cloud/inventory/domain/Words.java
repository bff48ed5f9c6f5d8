package org.parkportal.cloud.inventory.domain;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** Checks for the inventory's names, tags and tenant lists, shared by its entities and the catalogue's. */
public final class Words {

    public static final int MAX_NAME = 100;
    /** Tags and tenant keys: lower-case letters, digits and dashes (they are stored comma-separated). */
    private static final Pattern WORD = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private Words() {
    }

    public static String name(String name) {
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME) {
            throw new InventoryRefused(InventoryRefused.Reason.INVALID_NAME, String.valueOf(name));
        }
        return name.strip();
    }

    /** Tags or tenant keys, checked and copied; null is none. */
    public static Set<String> words(Set<String> words) {
        if (words == null) {
            return Set.of();
        }
        Set<String> clean = new TreeSet<>();
        for (String w : words) {
            String s = w == null ? "" : w.strip();
            if (!WORD.matcher(s).matches() || s.length() > 64) {
                throw new InventoryRefused(InventoryRefused.Reason.INVALID_TAG, String.valueOf(w));
            }
            clean.add(s);
        }
        return Set.copyOf(clean);
    }

    public static long positive(long value, String what) {
        if (value <= 0) {
            throw new InventoryRefused(InventoryRefused.Reason.INVALID_CAPACITY, what + " " + value);
        }
        return value;
    }
}
