package org.parkportal.it.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parkportal.it.support.PortalDeployment;
import org.parkportal.it.support.PortalUrls;

/**
 * The deployed EAR reports itself healthy: database reachable (PortalDS), Pluto started by the portal WAR, the
 * directory answering, the workflow engine running.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HealthIT {

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return PortalDeployment.ear();
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void healthAnswersUpWithDatabaseAndPortletContainer() throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(PortalUrls.portal("health")).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(200, response.statusCode(), () -> "GET /portal/health: " + response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                () -> "Content-Type: " + response.headers().firstValue("Content-Type"));

        JsonObject health;
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            health = reader.readObject();
        }
        assertEquals("UP", health.getString("status"), response::body);
        JsonObject components = health.getJsonObject("components");
        assertEquals("UP", components.getJsonObject("database").getString("status"), response::body);
        assertEquals("UP", components.getJsonObject("portletContainer").getString("status"), response::body);
        assertEquals("UP", components.getJsonObject("directory").getString("status"), response::body);
        assertEquals("UP", components.getJsonObject("workflow").getString("status"), response::body);
    }

    /** The run really uses the database it was given (-Dit.db.url, docs/database.md), not a silent H2 fallback. */
    @Test
    void healthNamesTheDatabaseTheRunIsConfiguredFor() throws Exception {
        String url = System.getProperty("it.db.url", "");
        String expected = url.startsWith("jdbc:postgresql:") ? "PostgreSQL" : "H2";

        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(PortalUrls.portal("health")).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        JsonObject database;
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            database = reader.readObject().getJsonObject("components").getJsonObject("database");
        }
        assertEquals(expected, database.getString("detail"), response::body);
    }
}
