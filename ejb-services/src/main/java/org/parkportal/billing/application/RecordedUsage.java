package org.parkportal.billing.application;

/** The stored record's id, and whether this call created it (false: the source key was already recorded). */
public record RecordedUsage(long id, boolean created) {
}
