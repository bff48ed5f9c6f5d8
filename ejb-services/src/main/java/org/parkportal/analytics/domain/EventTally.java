package org.parkportal.analytics.domain;

/** {@code quantity} equal events of one minute (see {@link UsageEvent#inMinute()}), stored as one row. */
public record EventTally(UsageEvent event, long quantity) {

    public EventTally {
        if (quantity < 1) {
            throw new IllegalArgumentException("quantity " + quantity);
        }
    }
}
