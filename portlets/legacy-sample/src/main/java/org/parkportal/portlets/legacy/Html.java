package org.parkportal.portlets.legacy;

/**
 * HTML escaping for the guestbook's JSPs. This WAR bundles no JSTL (it must run as a third party would ship it,
 * with only the taglib the portal supplies), so there is no {@code <c:out>}; every text goes through here.
 */
public final class Html {

    private Html() {
    }

    /** Safe in element content and in quoted attribute values; {@code null} becomes the empty string. */
    public static String escape(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
