package org.parkportal.layout.application;

/** What importing a page set changed, page by page. */
public record ImportResult(int created, int updated, int unchanged) {
}
