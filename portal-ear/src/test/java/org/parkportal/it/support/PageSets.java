package org.parkportal.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.http.HttpRequest;

/** The page-set import endpoint, POST /portal/admin/pages/import, as ./portal import calls it. */
public final class PageSets {

    public static final String TOKEN_HEADER = "X-Portal-Admin-Token";

    private PageSets() {
    }

    /** Imports the page set with the portal's current admin token. */
    public static PortalPage importPageSet(String json) {
        return importPageSet(json, AdminToken.read());
    }

    /** Imports the page set presenting the given token (null: no token header). */
    public static PortalPage importPageSet(String json, String token) {
        PortalClient client = PortalClient.newSession();
        HttpRequest.Builder request = client.request(PortalUrls.portal("admin/pages/import"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header(TOKEN_HEADER, token);
        }
        return client.send(request);
    }

    /** Imports the page set and fails unless the portal accepted it. */
    public static JsonObject importOrFail(String json) {
        PortalPage answer = importPageSet(json);
        if (answer.status() != 200) {
            throw new AssertionError("Page-set import answered " + answer.status() + ": " + answer.body()
                    + "\nfor: " + json);
        }
        return json(answer);
    }

    public static JsonObject json(PortalPage answer) {
        try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
            return reader.readObject();
        } catch (RuntimeException e) {
            throw new AssertionError("Not a JSON object (status " + answer.status() + "): " + answer.body(), e);
        }
    }
}
