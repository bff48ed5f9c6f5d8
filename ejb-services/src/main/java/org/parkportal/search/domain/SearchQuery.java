package org.parkportal.search.domain;

import java.util.Locale;

/**
 * What a visitor asks: the words (with the query syntax of docs/search.md: quotes for a phrase, AND/OR/NOT,
 * trailing * for a prefix), the language they read in, an optional type, the page of results.
 *
 * @param language the visitor's language tag, for the analysis of the words (null: English rules)
 * @param type     only documents of this type, or null for all
 * @param page     from 1
 */
public record SearchQuery(String text, String language, String type, int page) {

    public static final int PAGE_SIZE = 10;
    public static final int MAX_TEXT = 200;
    /** Nobody reads page 50; deeper pages would only cost the index. */
    public static final int MAX_PAGE = 50;

    public SearchQuery {
        text = text == null ? "" : text.strip();
        if (text.length() > MAX_TEXT) {
            throw new QueryRejected(QueryRejected.Reason.TOO_LONG, text.substring(0, 20) + "...");
        }
        type = type == null || type.isBlank() ? null : type.strip().toLowerCase(Locale.ROOT);
        page = Math.max(1, Math.min(page, MAX_PAGE));
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    public int offset() {
        return (page - 1) * PAGE_SIZE;
    }
}
