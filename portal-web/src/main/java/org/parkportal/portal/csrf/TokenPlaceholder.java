package org.parkportal.portal.csrf;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Stands for the visitor's CSRF token in markup while it is rendered and cached: cached markup may be served to
 * other visitors and must never hold anybody's token. The visitor's own token is filled in as the page goes out.
 */
public final class TokenPlaceholder {

    private final String placeholder;

    public TokenPlaceholder() {
        byte[] random = new byte[12];
        new SecureRandom().nextBytes(random);
        this.placeholder = "pp-csrf-" + HexFormat.of().formatHex(random);
    }

    public String text() {
        return placeholder;
    }
}
