package org.parkportal.search.domain;

/**
 * One result as the visitor sees it. The two HTML fields are escaped text in which only the index's {@code <mark>}
 * elements around the matched words are markup: safe to write into a page as they are.
 *
 * @param titleHtml   the title, matched words marked
 * @param snippetHtml the passages of the body that matched (or its beginning), matched words marked; may be empty
 * @param url         where the result leads, or null
 */
public record SearchHit(String id, String type, String titleHtml, String snippetHtml, String url) {
}
