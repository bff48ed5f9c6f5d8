package org.parkportal.it.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.parkportal.it.support.DemoUser;
import org.parkportal.it.support.PortalClient;
import org.parkportal.it.support.PortalPage;
import org.parkportal.it.support.PortalUrls;

/** A client of the task API with HTTP Basic (no session), and of the test WAR's requesting service. */
final class TaskApi {

    private final DemoUser user;
    private final PortalClient http;

    TaskApi(DemoUser user) {
        this(user, PortalClient.newSession());
    }

    TaskApi(DemoUser user, PortalClient http) {
        this.user = user;
        this.http = http;
    }

    PortalPage get(String path) {
        return http.send(basic(http.request(PortalUrls.portal("api/v1/" + path))).GET());
    }

    PortalPage post(String path, String json) {
        HttpRequest.Builder request = basic(http.request(PortalUrls.portal("api/v1/" + path)))
                .header("Content-Type", "application/json");
        return http.send(request.POST(json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json)));
    }

    JsonArray tasks(String filter) {
        PortalPage answer = get("tasks" + (filter == null ? "" : "?filter=" + filter));
        assertEquals(200, answer.status(), answer::body);
        return Json.createReader(new StringReader(answer.body())).readArray();
    }

    /** The caller's task of that business key and name, if listed. */
    Optional<JsonObject> task(String businessKey, String name) {
        return tasks(null).stream().map(JsonValue::asJsonObject)
                .filter(t -> businessKey.equals(t.getString("businessKey", null)) && name.equals(t.getString("name")))
                .findFirst();
    }

    PortalClient http() {
        return http;
    }

    HttpRequest.Builder basicRequest(String path) {
        return basic(http.request(PortalUrls.portal("api/v1/" + path)));
    }

    private HttpRequest.Builder basic(HttpRequest.Builder request) {
        String credentials = user.uid() + ":" + user.password();
        return request.header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }

    static JsonObject json(PortalPage page) {
        return Json.createReader(new StringReader(page.body())).readObject();
    }

    /** The test WAR's requesting service, as this user (signed in at the portal: single sign-on). */
    static final class RequestingService {
        private final PortalClient session;

        RequestingService(DemoUser requester) {
            this.session = PortalClient.newSession();
            session.signIn(requester.uid(), requester.password());
        }

        PortalPage request(String type, String id, String approver, boolean rollback) {
            return session.post(service("request").toString(), Map.of("type", type, "id", id, "approver", approver,
                    "rollback", String.valueOf(rollback)));
        }

        PortalPage requestEscalatingAfter(String type, String id, String approver, String escalateAfter) {
            return session.post(service("request").toString(), Map.of("type", type, "id", id, "approver", approver,
                    "escalateAfter", escalateAfter));
        }

        PortalPage startFailingProcess(String businessKey) {
            return session.post(service("failing").toString(), Map.of("id", businessKey));
        }

        PortalPage decideAndRollBack(String taskId, String decision) {
            return session.post(service("decide").toString(), Map.of("task", taskId, "decision", decision));
        }

        JsonObject approval(String type, String id) {
            return json(session.get(URI.create(service("") + "?type=" + PortalClient.encode(type) + "&id="
                    + PortalClient.encode(id))));
        }

        PortalClient session() {
            return session;
        }

        private static URI service(String operation) {
            return PortalUrls.server().resolve("/it-portlets/approvals/" + operation);
        }
    }
}
