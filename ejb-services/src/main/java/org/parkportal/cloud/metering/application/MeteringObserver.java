package org.parkportal.cloud.metering.application;

import java.time.Instant;

/**
 * Told about each hour of a resource as metering writes it to billing, inside that resource's transaction.
 * Production passes {@link #NONE}; the tests use it to crash a run in the middle and prove that the re-run writes
 * every hour exactly once.
 */
@FunctionalInterface
public interface MeteringObserver {

    MeteringObserver NONE = (resourceId, hour) -> { };

    void metered(String resourceId, Instant hour);
}
