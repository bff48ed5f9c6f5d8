package org.parkportal.billing.domain;

/** What a usage quantity counts. */
public enum Unit {
    HOURS,
    GB_HOURS,
    UNITS
}
