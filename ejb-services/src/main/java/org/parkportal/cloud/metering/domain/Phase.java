package org.parkportal.cloud.metering.domain;

/** Where a metered resource stands between two changes. */
public enum Phase {
    /** A VM that runs (and is allocated). */
    RUNNING,
    /** A VM that exists but does not run: allocated only. */
    STOPPED,
    /** A volume, snapshot or public IP that is held. */
    HELD,
    /** Destroyed, deleted or released: no usage, no further change. */
    ENDED
}
