package org.parkportal.notification.domain;

import java.util.regex.Pattern;

/**
 * Where a notification leads: a page path of the portal such as {@code workplace/cloud}, never an address of its
 * own (no scheme, host, query or "..": a notification must not send anybody off the portal or to a crafted URL).
 */
public record PortalLink(String path) {

    public static final int MAX_LENGTH = 200;
    private static final Pattern PAGE_PATH = Pattern.compile("[a-z0-9][a-z0-9-]*(/[a-z0-9][a-z0-9-]*)*");

    public PortalLink {
        if (path == null || path.length() > MAX_LENGTH || !PAGE_PATH.matcher(path).matches()) {
            throw new IllegalArgumentException("not a portal page path: " + path);
        }
    }

    /** Whether the text is a page path this record accepts. */
    public static boolean valid(String path) {
        return path != null && path.length() <= MAX_LENGTH && PAGE_PATH.matcher(path).matches();
    }
}
