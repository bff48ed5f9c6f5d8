package org.parkportal.cloud.inventory.domain;

import java.util.regex.Pattern;

/** An inclusive range of IPv4 addresses (first ≤ last), compared as numbers for overlaps. */
public record IpRange(String first, String last) {

    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");

    public IpRange {
        first = address(first, false);
        last = address(last, false);
        if (number(first) > number(last)) {
            throw new InventoryRefused(InventoryRefused.Reason.INVALID_IP_RANGE, first + "-" + last);
        }
    }

    public boolean overlaps(IpRange other) {
        return number(first) <= number(other.last) && number(other.first) <= number(last);
    }

    public long size() {
        return number(last) - number(first) + 1;
    }

    /** A dotted IPv4 address, stripped; null or blank allowed only when {@code optional} (then null). */
    public static String address(String value, boolean optional) {
        if (value == null || value.isBlank()) {
            if (optional) {
                return null;
            }
            throw new InventoryRefused(InventoryRefused.Reason.INVALID_IP_RANGE, "no address");
        }
        String s = value.strip();
        if (!IPV4.matcher(s).matches()) {
            throw new InventoryRefused(InventoryRefused.Reason.INVALID_IP_RANGE, s);
        }
        return s;
    }

    static long number(String address) {
        long n = 0;
        for (String part : address.split("\\.")) {
            n = n * 256 + Integer.parseInt(part);
        }
        return n;
    }
}
