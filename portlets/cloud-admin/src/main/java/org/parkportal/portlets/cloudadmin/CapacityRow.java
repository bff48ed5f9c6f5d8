package org.parkportal.portlets.cloudadmin;

import java.math.BigDecimal;
import org.parkportal.cloud.inventory.application.CapacityFigures;

/**
 * One row of the capacity dashboard: the back office's figures for a zone, pod or cluster, with whether each
 * resource is above its allocation threshold (allocated &gt; total × threshold, exactly, not from rounded percents)
 * and the thresholds as whole percents. Public, as the JSP calls its methods through EL.
 */
public record CapacityRow(CapacityFigures figures) {

    public boolean cpuAbove() { return above(figures.allocatedMhz(), figures.totalMhz(), figures.cpuThreshold()); }
    public boolean ramAbove() { return above(figures.allocatedRamMib(), figures.totalRamMib(), figures.ramThreshold()); }
    public boolean storageAbove() {
        return above(figures.allocatedGb(), figures.totalGb(), figures.storageThreshold());
    }

    /** A cluster past any of its thresholds: the dashboard highlights it (placement takes no new VM there). */
    public boolean clusterAbove() {
        return figures.level() == CapacityFigures.Level.CLUSTER && (cpuAbove() || ramAbove() || storageAbove());
    }

    public String cpuThresholdPercent() { return percent(figures.cpuThreshold()); }
    public String ramThresholdPercent() { return percent(figures.ramThreshold()); }
    public String storageThresholdPercent() { return percent(figures.storageThreshold()); }

    /** Where the threshold lies in the resource's own unit (for the chart's threshold line), rounded down. */
    static long thresholdOf(long total, BigDecimal threshold) {
        return threshold == null ? total : threshold.multiply(BigDecimal.valueOf(total)).longValue();
    }

    static boolean above(long allocated, long total, BigDecimal threshold) {
        return threshold != null && total > 0
                && BigDecimal.valueOf(allocated).compareTo(threshold.multiply(BigDecimal.valueOf(total))) > 0;
    }

    private static String percent(BigDecimal threshold) {
        return threshold == null ? "" : threshold.movePointRight(2).stripTrailingZeros().toPlainString();
    }
}
