package org.parkportal.analytics.application.internal;

import java.time.Duration;
import java.time.Period;

/**
 * How long usage data is kept (system properties, in days): raw events {@code portal.analytics.events.days}
 * (default 30), hourly figures {@code portal.analytics.hourly.days} (default 90), daily figures
 * {@code portal.analytics.daily.days} (default 730).
 */
final class Retention {

    private Retention() {
    }

    static Duration events() {
        return Duration.ofDays(days("portal.analytics.events.days", 30));
    }

    static Duration hours() {
        return Duration.ofDays(days("portal.analytics.hourly.days", 90));
    }

    static Period days() {
        return Period.ofDays(days("portal.analytics.daily.days", 730));
    }

    /** At least two days, so yesterday can always be rolled up from its events. */
    private static int days(String property, int fallback) {
        return Math.max(2, Integer.getInteger(property, fallback));
    }
}
