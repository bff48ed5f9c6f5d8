package org.parkportal.search.domain;

/** A title offered while the visitor types, leading straight to the document (url may be null). */
public record Suggestion(String title, String type, String url) {
}
