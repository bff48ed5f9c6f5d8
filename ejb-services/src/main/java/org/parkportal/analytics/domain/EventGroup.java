package org.parkportal.analytics.domain;

/**
 * Events of one period that share type, subject fields and tenant, as the database groups them: {@code events} of
 * them, {@code withoutHits} of which (searches) found nothing.
 */
public record EventGroup(UsageEventType type, String page, String portlet, String query, String tenant, long events,
                         long withoutHits) {
}
