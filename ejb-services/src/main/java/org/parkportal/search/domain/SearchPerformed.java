package org.parkportal.search.domain;

/**
 * Fired (a CDI event) after every search, for analytics to observe: what was asked and how many results the
 * visitor got. No user name: whoever records it decides what else to take from the request.
 *
 * @param language the visitor's language tag (null when unknown)
 * @param type     the type filter, or null
 * @param hits     the number of results the visitor may see
 * @param guest    whether the visitor was not signed in
 */
public record SearchPerformed(String text, String language, String type, long hits, boolean guest) {
}
