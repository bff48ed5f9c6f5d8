package org.parkportal.portlets.cloudadmin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.ListResourceBundle;
import org.junit.jupiter.api.Test;
import org.parkportal.cloud.inventory.application.CapacityFigures;
import org.parkportal.cloud.inventory.application.CapacityFigures.Level;

class CapacityRowTest {

    private static final BigDecimal T85 = new BigDecimal("0.85");

    private static CapacityFigures cluster(long allocatedMhz, long totalMhz, long allocatedGb) {
        return new CapacityFigures(Level.CLUSTER, 7, "KVM-<b>", "Park-North", "North-P1", allocatedMhz, totalMhz, 1000,
                10000, allocatedGb, 100, T85, T85, T85);
    }

    @Test
    void aClusterExactlyAtItsThresholdIsNotAboveIt() {
        CapacityRow at = new CapacityRow(cluster(8500, 10000, 10));
        assertFalse(at.cpuAbove());
        assertFalse(at.clusterAbove());
        assertEquals(85, at.figures().cpuPercent());
    }

    @Test
    void oneMegahertzPastTheThresholdIsAboveItThoughBothRoundToTheSamePercent() {
        CapacityRow past = new CapacityRow(cluster(8501, 10000, 10));
        assertTrue(past.cpuAbove());
        assertTrue(past.clusterAbove());
        assertFalse(past.ramAbove());
    }

    @Test
    void storageAboveItsThresholdHighlightsTheClusterToo() {
        assertTrue(new CapacityRow(cluster(0, 10000, 86)).clusterAbove());
    }

    @Test
    void onlyClustersAreHighlighted() {
        CapacityFigures zone = new CapacityFigures(Level.ZONE, 1, "Park-North", null, null, 9000, 10000, 0, 0, 0, 0,
                T85, T85, T85);
        CapacityRow row = new CapacityRow(zone);
        assertTrue(row.cpuAbove());
        assertFalse(row.clusterAbove());
        assertFalse(row.ramAbove(), "nothing of nothing is not above anything");
        assertEquals("85", row.cpuThresholdPercent());
    }

    @Test
    void theChartCarriesTheTablesFiguresAndEscapesMarkup() {
        String json = CapacityChart.json(List.of(new CapacityRow(cluster(8501, 10000, 10))), new ListResourceBundle() {
            @Override
            protected Object[][] getContents() {
                return new Object[][] {{"chart.allocated", "Allocated"}, {"chart.total", "Total"},
                        {"chart.threshold", "Threshold"}};
            }
        });
        assertFalse(json.contains("<"), json);
        JsonObject chart = Json.createReader(new StringReader(json)).readObject();
        assertEquals("Park-North / North-P1 / KVM-<b>", chart.getJsonArray("labels").getString(0));
        JsonObject cpu = chart.getJsonObject("cpu");
        assertEquals(8501, cpu.getJsonArray("allocated").getJsonNumber(0).longValue());
        assertEquals(10000, cpu.getJsonArray("total").getJsonNumber(0).longValue());
        assertEquals(8500, cpu.getJsonArray("threshold").getJsonNumber(0).longValue());
        assertTrue(cpu.getJsonArray("above").getBoolean(0));
        assertFalse(chart.getJsonObject("storage").getJsonArray("above").getBoolean(0));
    }
}
