package org.parkportal.portal.aggregation;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * A rendered page as bytes, cut where the CSRF token placeholder stood, so that serving it again costs a few
 * array copies: no template, no encoding, no string search.
 */
final class PageOutput {

    private final byte[][] segments;
    private final int length;

    PageOutput(String html, String placeholder) {
        String[] parts = html.split(Pattern.quote(placeholder), -1);
        this.segments = new byte[parts.length][];
        int total = 0;
        for (int i = 0; i < parts.length; i++) {
            segments[i] = parts[i].getBytes(StandardCharsets.UTF_8);
            total += segments[i].length;
        }
        this.length = total;
    }

    /** Writes the page with the visitor's token in place of the placeholder. */
    void writeTo(OutputStream out, byte[] token) throws IOException {
        for (int i = 0; i < segments.length; i++) {
            if (i > 0) {
                out.write(token);
            }
            out.write(segments[i]);
        }
    }

    /** Whether the page holds action URLs, which need the visitor's token. */
    boolean needsToken() {
        return segments.length > 1;
    }

    /** The byte length with a token of the given length. */
    int length(int tokenLength) {
        return length + tokenLength * (segments.length - 1);
    }

    /** The bytes kept. */
    long length() {
        return length;
    }
}
