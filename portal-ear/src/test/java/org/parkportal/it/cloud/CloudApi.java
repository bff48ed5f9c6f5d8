package org.parkportal.it.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.parkportal.it.support.DemoUser;
import org.parkportal.it.support.PortalClient;
import org.parkportal.it.support.PortalPage;
import org.parkportal.it.support.PortalUrls;

/**
 * A client of /api/v1 as one demo user, with HTTP Basic (no session): the cloud's orders and servers, and the task
 * inbox where managers approve orders.
 */
final class CloudApi {

    private final DemoUser user;
    private final PortalClient http;

    CloudApi(DemoUser user) {
        this.user = user;
        this.http = PortalClient.newSession();
    }

    PortalPage get(String path) {
        return http.send(basic(path).GET());
    }

    PortalPage post(String path, String json) {
        return http.send(basic(path).header("Content-Type", "application/json")
                .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)));
    }

    PortalPage delete(String path) {
        return http.send(basic(path).DELETE());
    }

    /** A GET or POST that must answer 200 with a JSON object. */
    JsonObject object(PortalPage answer) {
        assertEquals(200, answer.status(), () -> user.uid() + ": " + answer.uri() + " " + answer.body());
        return object(answer.body());
    }

    JsonArray array(String path) {
        PortalPage answer = get(path);
        assertEquals(200, answer.status(), () -> user.uid() + ": " + path + " " + answer.body());
        return Json.createReader(new StringReader(answer.body())).readArray();
    }

    JsonObject catalog() {
        return object(get("cloud/catalog"));
    }

    /** Places an order of a fixed offering, no data disk, the default network; it must be accepted (201). */
    JsonObject order(Choice choice, String name) {
        PortalPage placed = post("cloud/orders", choice.json(name));
        assertEquals(201, placed.status(), placed::body);
        JsonObject order = object(placed.body());
        assertEquals(PortalUrls.portal("api/v1/cloud/orders/" + order.getString("id")).getPath(),
                java.net.URI.create(placed.header("Location").orElseThrow()).getPath(), "Location names the order");
        return order;
    }

    /** GET the order until it matches (provisioning runs in the background, usually in under a second). */
    JsonObject awaitOrder(String id, Predicate<JsonObject> done) {
        JsonObject order = null;
        for (int i = 0; i < 120; i++) {
            order = object(get("cloud/orders/" + id));
            if (done.test(order)) {
                return order;
            }
            assertFalse("FAILED".equals(order.getString("status")), order::toString);
            pause(250);
        }
        throw new AssertionError("order " + id + " did not get there within 30 s: " + order);
    }

    /** As a manager: the approval task of this order, claimed and completed with the decision. */
    void decide(String orderId, boolean approved) {
        JsonObject task = approvalTask(orderId)
                .orElseThrow(() -> new AssertionError(user.uid() + " has no task for order " + orderId));
        PortalPage claimed = post("tasks/" + task.getString("id") + "/claim", null);
        assertEquals(200, claimed.status(), claimed::body);
        PortalPage done = post("tasks/" + task.getString("id") + "/complete", "{\"approved\": " + approved + "}");
        assertEquals(204, done.status(), done::body);
    }

    Optional<JsonObject> approvalTask(String orderId) {
        return array("tasks").stream().map(JsonValue::asJsonObject)
                .filter(t -> orderId.equals(t.getString("businessKey", null))).findFirst();
    }

    /** Orders and approves a server of this user's; answers the order once RUNNING. */
    JsonObject runningServer(Choice choice, CloudApi approver) {
        JsonObject order = order(choice, uniqueName());
        approver.decide(order.getString("id"), true);
        return awaitOrder(order.getString("id"), o -> "RUNNING".equals(o.getString("status")));
    }

    private HttpRequest.Builder basic(String path) {
        String credentials = user.uid() + ":" + user.password();
        return http.request(PortalUrls.portal("api/v1/" + path)).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }

    static JsonObject object(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    static String uniqueName() {
        return "it-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** A server from the catalogue: zone, template and compute offering ids. */
    record Choice(long zone, long template, long offering) {

        /** The demo's Debian 12 on the offering of that code in Park-North, from the caller's catalogue. */
        static Choice of(JsonObject catalog, String offeringCode) {
            long zone = catalog.getJsonArray("zones").getValuesAs(JsonObject.class).stream()
                    .filter(z -> z.getString("name").equals("Park-North")).findFirst()
                    .orElseThrow(() -> new AssertionError("no Park-North: " + catalog)).getJsonNumber("id").longValue();
            long template = catalog.getJsonArray("templates").getValuesAs(JsonObject.class).stream()
                    .filter(t -> t.getString("name").equals("Debian 12") && t.getJsonNumber("zoneId").longValue() == zone)
                    .findFirst().orElseThrow().getJsonNumber("id").longValue();
            return new Choice(zone, template, offering(catalog, offeringCode));
        }

        static long offering(JsonObject catalog, String code) {
            return catalog.getJsonArray("offerings").getValuesAs(JsonObject.class).stream()
                    .filter(o -> o.getString("code").equals(code)).findFirst()
                    .orElseThrow(() -> new AssertionError("no offering " + code + ": " + catalog))
                    .getJsonNumber("id").longValue();
        }

        String json(String name) {
            return Json.createObjectBuilder().add("zone", zone).add("template", template).add("offering", offering)
                    .add("name", name).build().toString();
        }
    }
}
