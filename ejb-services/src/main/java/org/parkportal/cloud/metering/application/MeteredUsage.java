package org.parkportal.cloud.metering.application;

import jakarta.ejb.Local;
import java.time.Instant;
import java.util.List;

/**
 * The read side for portlets and REST: a tenant's metered usage per resource. A caller sees only their own tenant;
 * portal administrators may name any.
 */
@Local
public interface MeteredUsage {

    /** The longest period one call may ask for. */
    int MAX_DAYS = 366;

    /**
     * Usage in {@code [from, to)} of every resource of {@code tenant} (null or blank: the caller's own) that existed
     * in it, by resource id.
     *
     * @throws org.parkportal.cloud.metering.domain.MeteringRefused NOT_ALLOWED for another tenant (or a caller without
     *                                                              one), INVALID_PERIOD for an empty, reversed or
     *                                                              over-long period
     */
    List<ResourceUsage> usage(String tenant, Instant from, Instant to);
}
