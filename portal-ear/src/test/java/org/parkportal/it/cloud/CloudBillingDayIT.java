package org.parkportal.it.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.parkportal.it.support.DemoUser;
import org.parkportal.it.support.JobsView;
import org.parkportal.it.support.LifecycleClock;
import org.parkportal.it.support.PortalClient;
import org.parkportal.it.support.PortalPage;
import org.parkportal.it.support.PortalUrls;
import org.parkportal.it.support.WithTestPortlets;

/**
 * Order → approval → running VM → usage → invoice line, through the REST API and the real services, on the day of
 * Apache CloudStack's usage example: alice's server is created at 12:00, stopped at 18:00, started at 23:00 and
 * destroyed at midnight (the cloud's lifecycle clock is set to those times by the test WAR; metering, rating and
 * invoicing run on the real clock, over the closed hours of that past day). CloudStack's documentation gives 7
 * running and 12 allocated hours for that day; the hourly records must add up to exactly that, each rated once,
 * and Acme's invoice for the month must carry them.
 */
class CloudBillingDayIT extends WithTestPortlets {

    @Test
    void cloudStacksExampleDayIsSevenRunningAndTwelveAllocatedHoursOnAcmesBill() throws Exception {
        PortalClient admin = PortalClient.newSession();
        admin.signIn(DemoUser.ADMIN.uid(), DemoUser.ADMIN.password());
        LocalDate day = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        Instant noon = day.atTime(12, 0).toInstant(ZoneOffset.UTC);
        Api alice = new Api(DemoUser.ALICE);
        Api bob = new Api(DemoUser.BOB);
        long vm;
        try {
            LifecycleClock.setTo(admin, noon);
            JsonObject catalog = alice.object("cloud/catalog");
            long zone = id(catalog.getJsonArray("zones"), z -> "Park-North".equals(z.getString("name")));
            long template = id(catalog.getJsonArray("templates"),
                    t -> t.getString("name").startsWith("Debian") && t.getJsonNumber("zoneId").longValue() == zone);
            long offering = id(catalog.getJsonArray("offerings"), o -> "small".equals(o.getString("code")));
            String name = "billing-day-" + UUID.randomUUID().toString().substring(0, 6);

            PortalPage placed = alice.post("cloud/orders", Json.createObjectBuilder().add("zone", zone)
                    .add("template", template).add("offering", offering).add("name", name).build().toString());
            assertEquals(201, placed.status(), placed::body);
            JsonObject order = json(placed);
            assertEquals("PENDING_APPROVAL", order.getString("status"), "every Acme order needs a manager");
            String orderId = order.getString("id");

            JsonObject task = bob.array("tasks").stream().map(JsonValue::asJsonObject)
                    .filter(t -> orderId.equals(t.getString("businessKey", null))).findFirst()
                    .orElseThrow(() -> new AssertionError("bob has no task for order " + orderId));
            assertEquals(204, bob.post("tasks/" + task.getString("id") + "/complete", "{\"approved\": true}").status());

            JsonObject running = alice.awaitOrder(orderId, "RUNNING");
            assertEquals("bob", running.getString("decidedBy"));
            vm = running.getJsonNumber("vmId").longValue();
            assertEquals(noon.toString(), Instant.parse(alice.object("cloud/vms/" + vm).getString("createdAt")).toString());

            LifecycleClock.setTo(admin, noon.plusSeconds(6 * 3600));
            assertEquals("STOPPED", json(alice.post("cloud/vms/" + vm + "/stop", null)).getString("state"));
            LifecycleClock.setTo(admin, noon.plusSeconds(11 * 3600));
            assertEquals("RUNNING", json(alice.post("cloud/vms/" + vm + "/start", null)).getString("state"));
            LifecycleClock.setTo(admin, noon.plusSeconds(12 * 3600));
            assertEquals("DESTROYED", json(alice.post("cloud/vms/" + vm + "/destroy", null)).getString("state"));
        } finally {
            LifecycleClock.release(admin);
        }

        JobsView.runNow(admin, "cloud.metering");
        JobsView.runNow(admin, "billing.rating");

        JsonArray usage = alice.array("billing/usage?from=" + day + "&to=" + day);
        String resource = "vm-" + vm;
        Map<String, BigDecimal> hours = usage.stream().map(JsonValue::asJsonObject)
                .filter(u -> resource.equals(u.getString("resourceId", null)))
                .collect(Collectors.groupingBy(u -> u.getString("usageType"),
                        Collectors.reducing(BigDecimal.ZERO, u -> new BigDecimal(u.getString("quantity")), BigDecimal::add)));
        assertEquals(0, new BigDecimal("7").compareTo(hours.getOrDefault("RUNNING_VM", BigDecimal.ZERO)), hours::toString);
        assertEquals(0, new BigDecimal("12").compareTo(hours.getOrDefault("ALLOCATED_VM", BigDecimal.ZERO)),
                hours::toString);
        assertTrue(usage.stream().map(JsonValue::asJsonObject).filter(u -> resource.equals(u.getString("resourceId", null)))
                .noneMatch(u -> u.isNull("charge")), "every record is rated: " + usage);
        assertEquals(0, alice.array("billing/usage?from=" + day.plusDays(1) + "&to=" + day.plusDays(1)).stream()
                .map(JsonValue::asJsonObject).filter(u -> resource.equals(u.getString("resourceId", null))
                        && u.getString("usageType").endsWith("_VM")).count(), "nothing after the destroy");

        // alice's "My bills" page shows the month so far; on the first of a month the played day belongs to the
        // month before, whose bill the invoice below shows.
        if (YearMonth.from(day).equals(YearMonth.now(ZoneOffset.UTC))) {
            PortalClient aliceSession = PortalClient.newSession();
            aliceSession.signIn(DemoUser.ALICE.uid(), DemoUser.ALICE.password());
            PortalPage bills = aliceSession.get("billing");
            assertEquals(200, bills.status(), bills::excerpt);
            assertNotNull(bills.window("billing-my-bills").selectFirst(
                    "table.park-bills__current tr[data-item=\"vm.running.small\"]"),
                    () -> "no running hours on the bill so far: " + bills.window("billing-my-bills").text());
        }

        PortalPage prepared = admin.send(admin.request(PortalUrls.server().resolve(
                "/it-portlets/cloud-time/invoices?in=" + noon)).POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, prepared.status(), prepared::body);
        Api administrator = new Api(DemoUser.ADMIN);
        String period = YearMonth.from(day).toString();
        JsonObject draft = administrator.array("billing/invoices?tenant=acme").stream().map(JsonValue::asJsonObject)
                .filter(i -> i.getString("period").equals(period))
                .findFirst().orElseThrow(() -> new AssertionError("no invoice of " + period + " for acme"));
        JsonObject invoice = administrator.object("billing/invoices/" + draft.getJsonNumber("id").longValue());
        JsonObject running = invoice.getJsonArray("lines").stream().map(JsonValue::asJsonObject)
                .filter(l -> "vm.running.small".equals(l.getString("itemCode"))).findFirst()
                .orElseThrow(() -> new AssertionError("no running hours on " + invoice));
        assertTrue(new BigDecimal(running.getString("quantity")).compareTo(new BigDecimal("7")) >= 0,
                "the line holds at least this VM's 7 hours of " + period + ": " + running);
        assertFalse(running.getJsonObject("amount").getString("amount").isBlank());
    }

    private static long id(JsonArray items, Predicate<JsonObject> which) {
        return items.stream().map(JsonValue::asJsonObject).filter(which).findFirst()
                .orElseThrow(() -> new AssertionError("not in " + items)).getJsonNumber("id").longValue();
    }

    private static JsonObject json(PortalPage page) {
        return Json.createReader(new StringReader(page.body())).readObject();
    }

    /** The REST API as one user, with HTTP Basic. */
    private static final class Api {
        private final DemoUser user;
        private final PortalClient http = PortalClient.newSession();

        Api(DemoUser user) {
            this.user = user;
        }

        PortalPage get(String path) {
            return http.send(basic(http.request(PortalUrls.portal("api/v1/" + path))).GET());
        }

        PortalPage post(String path, String body) {
            return http.send(basic(http.request(PortalUrls.portal("api/v1/" + path)))
                    .header("Content-Type", "application/json")
                    .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)));
        }

        JsonObject object(String path) {
            PortalPage answer = get(path);
            assertEquals(200, answer.status(), () -> path + ": " + answer.body());
            return json(answer);
        }

        JsonArray array(String path) {
            PortalPage answer = get(path);
            assertEquals(200, answer.status(), () -> path + ": " + answer.body());
            return Json.createReader(new StringReader(answer.body())).readArray();
        }

        /** Provisioning runs after the approval commits: poll (bounded) until the order has the status. */
        JsonObject awaitOrder(String id, String status) throws InterruptedException {
            JsonObject order = null;
            for (int i = 0; i < 120; i++) {
                order = object("cloud/orders/" + id);
                if (status.equals(order.getString("status"))) {
                    return order;
                }
                assertNotNull(order.getString("status"));
                Thread.sleep(250);
            }
            throw new AssertionError("order " + id + " did not become " + status + ": " + order);
        }

        private HttpRequest.Builder basic(HttpRequest.Builder request) {
            String credentials = user.uid() + ":" + user.password();
            return request.header("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
    }
}
