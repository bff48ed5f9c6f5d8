package org.parkportal.cloud.inventory.application;

import java.math.BigDecimal;

/**
 * Allocated versus total CPU (MHz, with overcommit), RAM (MiB, with overcommit) and primary storage (GB) of a
 * zone, pod or cluster, with the thresholds that apply (for a zone or pod: the zone's; for a cluster: its effective
 * ones). {@code zone} and {@code pod} name where the row belongs (null above its level).
 */
public record CapacityFigures(Level level, long id, String name, String zone, String pod, long allocatedMhz,
                              long totalMhz, long allocatedRamMib, long totalRamMib, long allocatedGb, long totalGb,
                              BigDecimal cpuThreshold, BigDecimal ramThreshold, BigDecimal storageThreshold) {

    public enum Level { ZONE, POD, CLUSTER }

    /** Percent of the total, rounded up (a bar at 85 % means at least 85 %). */
    public int cpuPercent() { return percent(allocatedMhz, totalMhz); }
    public int ramPercent() { return percent(allocatedRamMib, totalRamMib); }
    public int storagePercent() { return percent(allocatedGb, totalGb); }

    private static int percent(long part, long whole) {
        return whole <= 0 ? 0 : (int) Math.ceil(part * 100.0 / whole);
    }
}
