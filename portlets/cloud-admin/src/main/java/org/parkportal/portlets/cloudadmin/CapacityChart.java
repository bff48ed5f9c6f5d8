package org.parkportal.portlets.cloudadmin;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import org.parkportal.cloud.inventory.application.CapacityFigures;

/**
 * The dashboard's figures as Chart.js data: one bar chart per resource (CPU, RAM, storage), a label per zone, pod and
 * cluster, bars for allocated and total, and the threshold as a line in the same unit; a flag per label for what is
 * above its threshold (drawn in the warning colour). Written into the page inside a script element, so every '<' is
 * escaped. The table beside the charts carries the same figures.
 */
final class CapacityChart {

    private CapacityChart() {
    }

    static String json(List<CapacityRow> rows, ResourceBundle texts) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        rows.forEach(r -> labels.add(label(r.figures())));
        return Json.createObjectBuilder()
                .add("labels", labels)
                .add("text", Json.createObjectBuilder().add("allocated", texts.getString("chart.allocated"))
                        .add("total", texts.getString("chart.total")).add("threshold", texts.getString("chart.threshold")))
                .add("cpu", resource(rows, CapacityFigures::allocatedMhz, CapacityFigures::totalMhz,
                        f -> f.cpuThreshold(), CapacityRow::cpuAbove))
                .add("ram", resource(rows, CapacityFigures::allocatedRamMib, CapacityFigures::totalRamMib,
                        f -> f.ramThreshold(), CapacityRow::ramAbove))
                .add("storage", resource(rows, CapacityFigures::allocatedGb, CapacityFigures::totalGb,
                        f -> f.storageThreshold(), CapacityRow::storageAbove))
                .build().toString().replace("<", "\\u003c");
    }

    /** A cluster or pod is named with where it lives, so two clusters of the same name in two zones stay apart. */
    static String label(CapacityFigures f) {
        return switch (f.level()) {
            case ZONE -> f.name();
            case POD -> f.zone() + " / " + f.name();
            case CLUSTER -> f.zone() + " / " + f.pod() + " / " + f.name();
        };
    }

    private static JsonObjectBuilder resource(List<CapacityRow> rows, ToLongFunction<CapacityFigures> allocated,
                                              ToLongFunction<CapacityFigures> total,
                                              Function<CapacityFigures, java.math.BigDecimal> threshold,
                                              Predicate<CapacityRow> above) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        JsonArrayBuilder t = Json.createArrayBuilder();
        JsonArrayBuilder limit = Json.createArrayBuilder();
        JsonArrayBuilder flags = Json.createArrayBuilder();
        for (CapacityRow row : rows) {
            CapacityFigures f = row.figures();
            a.add(allocated.applyAsLong(f));
            t.add(total.applyAsLong(f));
            limit.add(CapacityRow.thresholdOf(total.applyAsLong(f), threshold.apply(f)));
            flags.add(above.test(row));
        }
        return Json.createObjectBuilder().add("allocated", a).add("total", t).add("threshold", limit).add("above", flags);
    }
}
