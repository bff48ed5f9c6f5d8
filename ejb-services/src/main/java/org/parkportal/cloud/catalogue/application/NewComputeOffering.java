package org.parkportal.cloud.catalogue.application;

import java.util.Set;
import org.parkportal.cloud.placement.domain.PlacementStrategy;

/**
 * A compute offering to create: fixed (custom false: {@code minVcpus} and {@code minRamMib} are the size, the
 * maxima are ignored) or custom (the order chooses within the ranges). {@code strategy} null: the zone's;
 * {@code tenants} empty: every tenant.
 */
public record NewComputeOffering(String code, String name, boolean custom, int minVcpus, int maxVcpus,
                                 long minRamMib, long maxRamMib, int mhzPerVcpu, Set<String> hostTags,
                                 Set<String> storageTags, PlacementStrategy strategy, Set<String> tenants) {
}
