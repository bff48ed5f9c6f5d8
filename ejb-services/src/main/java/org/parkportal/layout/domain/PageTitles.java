package org.parkportal.layout.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The titles of a page by language tag. An English title is required (the last fallback of every visitor); each
 * title fits the page_title column.
 */
public final class PageTitles {

    public static final int MAX_LENGTH = 200;
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-z]{2,3}(-[A-Z]{2})?");

    private PageTitles() {
    }

    /**
     * The titles as typed, stripped, without the empty ones (a form sends every language field); null when they
     * cannot be a page's titles: no English title, one too long, or a malformed language tag.
     */
    public static Map<String, String> cleaned(Map<String, String> typed) {
        if (typed == null) {
            return null;
        }
        Map<String, String> titles = new LinkedHashMap<>();
        for (Map.Entry<String, String> title : typed.entrySet()) {
            String text = title.getValue() == null ? "" : title.getValue().strip();
            if (title.getKey() == null || !LANGUAGE_TAG.matcher(title.getKey()).matches() || text.length() > MAX_LENGTH) {
                return null;
            }
            if (!text.isEmpty()) {
                titles.put(title.getKey(), text);
            }
        }
        return titles.containsKey("en") ? titles : null;
    }
}
