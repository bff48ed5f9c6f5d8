package org.parkportal.notification.application;

/**
 * Whom a notification is for: a login name, and the park company (tenant) they work for when the sender knows it
 * (null otherwise).
 */
public record Recipient(String uid, String tenant) {
}
