package org.parkportal.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parkportal.it.support.DemoUser;
import org.parkportal.it.support.PortalClient;
import org.parkportal.it.support.PortalDeployment;
import org.parkportal.it.support.PortalPage;
import org.parkportal.it.support.PortalUrls;

/**
 * The API's OpenAPI document on the real server: served to anyone as cacheable JSON, and the JSON the running API
 * writes (billing's hand-built answers, tasks as JSON-B writes them, problems) has the properties, types and formats
 * the document's schemas give it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiIT {

    private static final String DOCUMENT = "api/v1/openapi.json";

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return PortalDeployment.ear();
    }

    @Test
    void theDocumentIsServedToAnyoneAsCacheableJson() {
        PortalClient anonymous = PortalClient.newSession();

        PortalPage answer = anonymous.get(DOCUMENT);

        assertEquals(200, answer.status(), answer::body);
        assertEquals("application/json", answer.header("Content-Type").orElse("").split(";")[0].strip());
        assertTrue(answer.header("Cache-Control").orElse("").contains("public"), answer.header("Cache-Control").toString());
        JsonObject document = json(answer).asJsonObject();
        assertTrue(document.getString("openapi").startsWith("3.0."), document.getString("openapi"));
        assertTrue(document.getJsonObject("paths").containsKey("/tasks/{id}/complete"));

        String tag = answer.header("ETag").orElseThrow(() -> new AssertionError("no ETag"));
        PortalPage unchanged = anonymous.send(anonymous.request(PortalUrls.portal(DOCUMENT)).header("If-None-Match", tag).GET());
        assertEquals(304, unchanged.status());

        PortalPage withWrongPassword = anonymous.send(anonymous.request(PortalUrls.portal(DOCUMENT))
                .header("Authorization", basic("bob", "wrong")).GET());
        assertEquals(200, withWrongPassword.status(), "credentials sent along are not checked for the document");
        assertEquals(401, anonymous.send(anonymous.request(PortalUrls.portal("api/v1/tasks"))
                .header("Authorization", basic("bob", "wrong")).GET()).status(), "but they are for the API itself");
    }

    @Test
    void billingsAnswersHaveTheDocumentedProperties() {
        Schemas schemas = new Schemas(json(PortalClient.newSession().get(DOCUMENT)).asJsonObject());
        YearMonth lastMonth = YearMonth.now(ZoneOffset.UTC).minusMonths(1);

        JsonArray usage = apiGet(DemoUser.ALICE, "billing/usage?from=" + lastMonth.atDay(1) + "&to=" + lastMonth.atEndOfMonth())
                .asJsonArray();
        assertFalse(usage.isEmpty(), "the demo's usage of last month");
        usage.forEach(record -> schemas.check("Usage", record, "usage"));
        assertTrue(usage.stream().anyMatch(r -> r.asJsonObject().get("charge").getValueType() == JsonValue.ValueType.OBJECT),
                "last month is rated: charges are objects");

        JsonArray invoices = apiGet(DemoUser.ALICE, "billing/invoices").asJsonArray();
        assertFalse(invoices.isEmpty(), "last month's invoice is issued");
        invoices.forEach(invoice -> schemas.check("Invoice", invoice, "invoices"));

        JsonObject invoice = apiGet(DemoUser.ALICE, "billing/invoices/" + invoices.getJsonObject(0).getJsonNumber("id"))
                .asJsonObject();
        schemas.check("InvoiceDetail", invoice, "invoice");
        assertFalse(invoice.getJsonArray("lines").isEmpty());
    }

    @Test
    void tasksAndProblemsHaveTheDocumentedProperties() {
        Schemas schemas = new Schemas(json(PortalClient.newSession().get(DOCUMENT)).asJsonObject());
        // A task for bob: alice, whom he manages, asks to join a group on her profile.
        String reason = "OpenAPI check " + UUID.randomUUID();
        askToJoin(DemoUser.ALICE, "content-editors", reason);

        JsonArray tasks = apiGet(DemoUser.BOB, "tasks").asJsonArray();
        tasks.forEach(task -> schemas.check("Task", task, "tasks"));
        JsonObject asked = tasks.stream().map(JsonValue::asJsonObject)
                .filter(t -> t.getString("subject", "").contains(reason)).findFirst()
                .orElseThrow(() -> new AssertionError("bob has no task for alice's request: " + tasks));
        JsonObject detail = apiGet(DemoUser.BOB, "tasks/" + asked.getString("id")).asJsonObject();
        schemas.check("TaskDetail", detail, "task");
        assertFalse(detail.getJsonObject("form").getJsonArray("fields").isEmpty(), "the decision's form fields");

        PortalClient http = PortalClient.newSession();
        PortalPage rejected = http.send(http.request(PortalUrls.portal("api/v1/tasks/" + asked.getString("id") + "/complete"))
                .header("Authorization", basic(DemoUser.BOB.uid(), DemoUser.BOB.password()))
                .POST(HttpRequest.BodyPublishers.ofString("{\"approved\": false}")));
        assertEquals(204, rejected.status(), rejected::body);

        PortalPage missing = http.send(http.request(PortalUrls.portal("api/v1/tasks/no-such-task"))
                .header("Authorization", basic(DemoUser.BOB.uid(), DemoUser.BOB.password())).GET());
        assertEquals(404, missing.status());
        schemas.check("Problem", json(missing), "404");
        PortalPage anonymous = http.get("api/v1/billing/invoices");
        assertEquals(401, anonymous.status());
        schemas.check("Problem", json(anonymous), "401");
    }

    @Test
    void theApiServletsAnswersHaveTheDocumentedProperties() {
        Schemas schemas = new Schemas(json(PortalClient.newSession().get(DOCUMENT)).asJsonObject());
        PortalClient alice = PortalClient.newSession();
        alice.signIn(DemoUser.ALICE.uid(), DemoUser.ALICE.password());

        PortalPage catalogue = alice.get("api/v1/portlets");
        assertEquals(200, catalogue.status(), catalogue::body);
        schemas.check("PortletCatalog", json(catalogue), "portlets");
        assertFalse(json(catalogue).asJsonObject().getJsonArray("portlets").isEmpty(), "alice may use some portlets");

        PortalPage suggestions = alice.get("api/v1/search/suggestions?q=" + PortalClient.encode("My"));
        assertEquals(200, suggestions.status(), suggestions::body);
        schemas.check("Suggestions", json(suggestions), "suggestions");
    }

    private static void askToJoin(DemoUser user, String group, String reason) {
        PortalClient browser = PortalClient.withLanguage("en");
        browser.signIn(user.uid(), user.password());
        Element form = browser.get("workplace").window("workplace-profile").selectFirst("form.park-profile__membership");
        assertNotNull(form, "the profile offers membership requests");
        PortalPage answer = browser.post(form.attr("action"), Map.of("group", group, "reason", reason));
        assertEquals(3, answer.status() / 100, answer::excerpt);
    }

    private static JsonValue apiGet(DemoUser user, String path) {
        PortalClient http = PortalClient.newSession();
        PortalPage answer = http.send(http.request(PortalUrls.portal("api/v1/" + path))
                .header("Authorization", basic(user.uid(), user.password())).GET());
        assertEquals(200, answer.status(), () -> path + ": " + answer.body());
        return json(answer);
    }

    private static JsonStructure json(PortalPage page) {
        return Json.createReader(new StringReader(page.body())).read();
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The part of OpenAPI 3.0 schema checking these answers need: $ref, allOf, nullable, type, required, properties
     * (no undocumented ones), additionalProperties, items, enum and pattern.
     */
    private record Schemas(JsonObject document) {

        void check(String schema, JsonValue value, String where) {
            check(ref("#/components/schemas/" + schema), value, where);
        }

        private void check(JsonObject schema, JsonValue value, String where) {
            if (schema.containsKey("$ref")) {
                check(ref(schema.getString("$ref")), value, where);
                return;
            }
            if (value.getValueType() == JsonValue.ValueType.NULL) {
                assertTrue(schema.getBoolean("nullable", false), where + " is null, which its schema does not allow");
                return;
            }
            if (schema.containsKey("allOf")) {
                Set<String> known = new HashSet<>();
                for (JsonValue part : schema.getJsonArray("allOf")) {
                    JsonObject resolved = resolve(part.asJsonObject());
                    known.addAll(resolved.getJsonObject("properties") == null ? Set.of()
                            : resolved.getJsonObject("properties").keySet());
                    checkWithout(resolved, value, where);
                }
                if (value.getValueType() == JsonValue.ValueType.OBJECT && !known.isEmpty()) {
                    Set<String> extra = new HashSet<>(value.asJsonObject().keySet());
                    extra.removeAll(known);
                    assertTrue(extra.isEmpty(), where + " has undocumented properties " + extra);
                }
                return;
            }
            checkType(schema, value, where, true);
        }

        /** Checks one part of an allOf, whose siblings may document the other properties. */
        private void checkWithout(JsonObject schema, JsonValue value, String where) {
            checkType(schema, value, where, false);
        }

        private void checkType(JsonObject schema, JsonValue value, String where, boolean closed) {
            String type = schema.getString("type", null);
            switch (value.getValueType()) {
                case OBJECT -> {
                    assertTrue(type == null || type.equals("object"), where + " is an object, documented " + type);
                    JsonObject object = value.asJsonObject();
                    JsonObject properties = schema.getJsonObject("properties");
                    if (schema.containsKey("required")) {
                        for (JsonString required : schema.getJsonArray("required").getValuesAs(JsonString.class)) {
                            assertTrue(object.containsKey(required.getString()), where + " lacks " + required.getString());
                        }
                    }
                    object.forEach((name, member) -> {
                        if (properties != null && properties.containsKey(name)) {
                            check(properties.getJsonObject(name), member, where + "." + name);
                        } else if (schema.get("additionalProperties") instanceof JsonObject additional) {
                            check(additional, member, where + "." + name);
                        } else if (closed) {
                            fail(where + " has the undocumented property " + name);
                        }
                    });
                }
                case ARRAY -> {
                    assertEquals("array", type, where + " is an array");
                    int i = 0;
                    for (JsonValue item : value.asJsonArray()) {
                        check(schema.getJsonObject("items"), item, where + "[" + i++ + "]");
                    }
                }
                case STRING -> {
                    assertTrue(type == null || type.equals("string"), where + " is a string, documented " + type);
                    String text = ((JsonString) value).getString();
                    if (schema.containsKey("enum")) {
                        assertTrue(schema.getJsonArray("enum").contains(value), where + ": " + text + " is not in the enum");
                    }
                    if (schema.containsKey("pattern")) {
                        assertTrue(java.util.regex.Pattern.compile(schema.getString("pattern")).matcher(text).find(),
                                where + ": " + text + " does not match " + schema.getString("pattern"));
                    }
                    if ("date-time".equals(schema.getString("format", null))) {
                        java.time.OffsetDateTime.parse(text);
                    }
                }
                case NUMBER -> {
                    assertTrue(type == null || type.equals("number") || type.equals("integer"), where + " is a number");
                    if ("integer".equals(type)) {
                        assertTrue(((JsonNumber) value).isIntegral(), where + " is an integer");
                    }
                }
                case TRUE, FALSE -> assertTrue(type == null || type.equals("boolean"), where + " is a boolean");
                default -> fail(where + ": " + value);
            }
        }

        private JsonObject resolve(JsonObject schema) {
            return schema.containsKey("$ref") ? resolve(ref(schema.getString("$ref"))) : schema;
        }

        private JsonObject ref(String ref) {
            JsonValue at = document;
            for (String token : ref.substring(2).split("/")) {
                at = at.asJsonObject().get(token);
                assertNotNull(at, ref);
            }
            return at.asJsonObject();
        }
    }
}
