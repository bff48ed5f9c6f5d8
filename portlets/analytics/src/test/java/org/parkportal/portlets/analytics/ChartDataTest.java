package org.parkportal.portlets.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.parkportal.analytics.application.RecorderStatus;
import org.parkportal.analytics.application.UsageReport;
import org.parkportal.portlets.support.PortalResources;

class ChartDataTest {

    private static final LocalDate DAY = LocalDate.parse("2026-03-02");

    @Test
    void theSeriesAndTheirTranslatedLabelsAndNoWayOutOfTheScriptElement() {
        UsageReport report = new UsageReport(DAY, DAY, null, List.of(new UsageReport.Day(DAY, 7, 1, 2, 3)),
                List.of(new UsageReport.Ranked("home", 7)), List.of(new UsageReport.PortletUse("samples/welcome", 5, 1)),
                List.of(new UsageReport.Search("</script><script>alert(1)</script>", 3, 0)), List.of(),
                new RecorderStatus(0, 0, 0, 0));
        ResourceBundle german = ResourceBundle.getBundle("org.parkportal.portlets.analytics.UsageReportsMessages",
                Locale.GERMAN);

        String json = ChartData.json(report, german);

        assertFalse(json.contains("<"), json);
        JsonObject data = Json.createReader(new StringReader(json)).readObject();
        assertEquals("2026-03-02", data.getJsonArray("days").getString(0));
        assertEquals(7, data.getJsonArray("pageViews").getInt(0));
        assertEquals("samples/welcome", data.getJsonArray("portlets").getString(0));
        assertEquals("</script><script>alert(1)</script>", data.getJsonArray("queries").getString(0),
                "the browser's JSON.parse reads the query back as it was");
        assertEquals("Seitenaufrufe", data.getJsonObject("labels").getString("pageViews"));
    }

    @Test
    void thePortalsContextIsReadOffOneOfItsUrls() {
        assertEquals("/portal", PortalResources.portalContextOf("/portal/admin?p_s=x"));
        assertEquals("/portal", PortalResources.portalContextOf("http://localhost:8080/portal/admin"));
        assertEquals("/parks", PortalResources.portalContextOf("/parks/home"));
    }
}
