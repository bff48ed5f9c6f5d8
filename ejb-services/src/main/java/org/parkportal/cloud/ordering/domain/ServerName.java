package org.parkportal.cloud.ordering.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/** A VM's name as it becomes its host name: one DNS label (RFC 1123), kept in lower case. */
public final class ServerName {

    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

    private ServerName() {
    }

    /** The name in lower case, or {@link OrderRefused} INVALID_NAME. */
    public static String of(String name) {
        String label = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        if (!LABEL.matcher(label).matches()) {
            throw new OrderRefused(OrderRefused.Reason.INVALID_NAME, name == null ? "" : name.strip());
        }
        return label;
    }
}
