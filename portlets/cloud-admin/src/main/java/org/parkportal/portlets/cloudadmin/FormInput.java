package org.parkportal.portlets.cloudadmin;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

import javax.portlet.ActionParameters;

import org.parkportal.cloud.inventory.domain.AllocationLimits;
import org.parkportal.cloud.inventory.domain.InventoryRefused;
import org.parkportal.cloud.inventory.domain.InventoryRefused.Reason;

/**
 * What an operator typed into an inventory form, read as the back office takes it. A field that is not a number
 * where one is needed is refused with the reason the back office gives for a wrong value of that kind (a capacity,
 * a threshold, a VLAN), so the operator reads one sentence whichever side noticed.
 */
final class FormInput {

    private static final Pattern WHOLE = Pattern.compile("\\d{1,18}");
    private static final Pattern DECIMAL = Pattern.compile("\\d{1,6}([.,]\\d{1,4})?");
    private static final Pattern SEPARATORS = Pattern.compile("[,;\\s]+");

    private FormInput() {
    }

    static String text(String value) {
        return value == null ? "" : value.strip();
    }

    /** Null for a blank field. */
    static String optional(String value) {
        String t = text(value);
        return t.isEmpty() ? null : t;
    }

    static long whole(String value, Reason reason) {
        String t = text(value);
        if (!WHOLE.matcher(t).matches()) {
            throw new InventoryRefused(reason, "not a whole number: " + t);
        }
        return Long.parseLong(t);
    }

    static int wholeInt(String value, Reason reason) {
        long n = whole(value, reason);
        if (n > Integer.MAX_VALUE) {
            throw new InventoryRefused(reason, "too large: " + n);
        }
        return (int) n;
    }

    /** A percentage typed as 85 or 85.5, as the fraction the back office keeps (0.85); null for a blank field. */
    static BigDecimal percent(String value) {
        BigDecimal number = decimal(value, Reason.INVALID_THRESHOLD);
        return number == null ? null : number.movePointLeft(2);
    }

    /** A factor such as 2 or 1.5; null for a blank field. */
    static BigDecimal factor(String value) {
        return decimal(value, Reason.INVALID_OVERCOMMIT);
    }

    private static BigDecimal decimal(String value, Reason reason) {
        String t = text(value);
        if (t.isEmpty()) {
            return null;
        }
        if (!DECIMAL.matcher(t).matches()) {
            throw new InventoryRefused(reason, "not a number: " + t);
        }
        return new BigDecimal(t.replace(',', '.'));
    }

    /** Thresholds in percent and overcommit factors; null when the form leaves them all blank (the defaults). */
    static AllocationLimits limits(ActionParameters form) {
        AllocationLimits limits = new AllocationLimits(percent(form.getValue("cpuThreshold")),
                percent(form.getValue("ramThreshold")), percent(form.getValue("storageThreshold")),
                factor(form.getValue("cpuOvercommit")), factor(form.getValue("ramOvercommit")));
        boolean none = limits.cpuThreshold() == null && limits.ramThreshold() == null
                && limits.storageThreshold() == null && limits.cpuOvercommit() == null && limits.ramOvercommit() == null;
        return none ? null : limits;
    }

    /** Words separated by commas or spaces (tags, tenants); the back office checks each word. */
    static Set<String> words(String value) {
        String t = text(value);
        Set<String> words = new LinkedHashSet<>();
        if (!t.isEmpty()) {
            words.addAll(Arrays.asList(SEPARATORS.split(t)));
        }
        words.remove("");
        return words;
    }

    /** One of an enum's constants, as a select sends it; anything else is a thing that does not exist. */
    static <E extends Enum<E>> E choice(Class<E> type, String value) {
        try {
            return Enum.valueOf(type, text(value));
        } catch (IllegalArgumentException e) {
            throw new InventoryRefused(Reason.NOT_FOUND, type.getSimpleName() + " " + value);
        }
    }

    /** The id of something chosen in a select or a hidden field. */
    static long id(String value) {
        return whole(value, Reason.NOT_FOUND);
    }
}
