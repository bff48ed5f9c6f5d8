package org.parkportal.portlets.billing;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.parkportal.billing.application.DailyCharges;
import org.parkportal.billing.domain.UsageType;

/**
 * The open month's charges per day and usage type as Chart.js data (a stacked bar chart): one label per day that has
 * charges, one dataset per usage type. Written into the page inside a script element, so every '<' is escaped.
 */
final class UsageChart {

    private UsageChart() {
    }

    static String json(List<DailyCharges> days, Function<UsageType, String> typeLabel) {
        TreeSet<LocalDate> labels = new TreeSet<>();
        Map<UsageType, Map<LocalDate, BigDecimal>> byType = new TreeMap<>();
        for (DailyCharges d : days) {
            labels.add(d.day());
            byType.computeIfAbsent(d.usageType(), t -> new TreeMap<>()).merge(d.day(), d.amount().amount(), BigDecimal::add);
        }
        JsonArrayBuilder labelArray = Json.createArrayBuilder();
        labels.forEach(day -> labelArray.add(day.toString()));
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        byType.forEach((type, amounts) -> {
            JsonArrayBuilder data = Json.createArrayBuilder();
            labels.forEach(day -> data.add(amounts.getOrDefault(day, BigDecimal.ZERO)));
            JsonObjectBuilder set = Json.createObjectBuilder().add("label", typeLabel.apply(type)).add("data", data);
            datasets.add(set);
        });
        return Json.createObjectBuilder().add("labels", labelArray).add("datasets", datasets).build().toString()
                .replace("<", "\\u003c");
    }
}
