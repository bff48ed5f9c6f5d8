package org.parkportal.portlets.analytics;

import java.io.StringWriter;
import java.util.ResourceBundle;
import java.util.function.Function;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import org.parkportal.analytics.application.UsageReport;

/**
 * What the charts draw, as JSON for the page ({@code <script type="application/json">}): the series and their
 * translated labels. The view's tables show the same figures for those who do not see the charts.
 */
final class ChartData {

    private ChartData() {
    }

    static String json(UsageReport report, ResourceBundle texts) {
        JsonObjectBuilder data = Json.createObjectBuilder()
                .add("days", array(report.days(), d -> d.day().toString()))
                .add("pageViews", numbers(report.days(), UsageReport.Day::pageViews))
                .add("logins", numbers(report.days(), UsageReport.Day::logins))
                .add("activeUsers", numbers(report.days(), UsageReport.Day::activeUsers))
                .add("pages", array(report.topPages(), UsageReport.Ranked::subject))
                .add("pageCounts", numbers(report.topPages(), UsageReport.Ranked::amount))
                .add("portlets", array(report.topPortlets(), UsageReport.PortletUse::portlet))
                .add("renders", numbers(report.topPortlets(), UsageReport.PortletUse::renders))
                .add("actions", numbers(report.topPortlets(), UsageReport.PortletUse::actions))
                .add("queries", array(report.topSearches(), UsageReport.Search::query))
                .add("searches", numbers(report.topSearches(), UsageReport.Search::searches))
                .add("withoutHits", numbers(report.topSearches(), UsageReport.Search::withoutHits));
        JsonObjectBuilder labels = Json.createObjectBuilder();
        for (String key : new String[] {"pageViews", "logins", "activeUsers", "views", "renders", "actions",
                "searches", "withoutHits"}) {
            labels.add(key, texts.getString("series." + key));
        }
        StringWriter out = new StringWriter();
        Json.createWriter(out).writeObject(data.add("labels", labels).build());
        // Inside a script element: no "</script>" or "<!--" from a query may end or bend it. "<" only occurs in
        // strings, where JSON's escape reads the same.
        return out.toString().replace("<", "\\u003c");
    }

    private static <T> JsonArrayBuilder array(java.util.List<T> rows, Function<T, String> text) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        rows.forEach(r -> array.add(text.apply(r)));
        return array;
    }

    private static <T> JsonArrayBuilder numbers(java.util.List<T> rows, java.util.function.ToLongFunction<T> number) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        rows.forEach(r -> array.add(number.applyAsLong(r)));
        return array;
    }
}
