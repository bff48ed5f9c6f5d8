package org.parkportal.it.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.parkportal.it.support.DemoUser;
import org.parkportal.it.support.PortalClient;
import org.parkportal.it.support.PortalPage;
import org.parkportal.it.support.PortalUrls;
import org.parkportal.it.support.WithTestPortlets;

/**
 * Many orders at once against a tenant's limit: Globex may hold 5 servers and approves small ones at once. Ten
 * threads order one each, all released together; exactly as many as there is room for are accepted and end
 * RUNNING, the others are refused with the limit named (409), none is lost or half-made, and the zone's hosts
 * hold exactly the accepted servers' vCPUs on top of what they held before.
 */
class CloudConcurrentOrdersIT extends WithTestPortlets {

    private static final int THREADS = 10;
    private static final int GLOBEX_MAX_VMS = 5;

    @Test
    void concurrentOrdersNeverPassTheLimitAndNoneIsLost() throws Exception {
        PortalClient operator = PortalClient.newSession();
        operator.signIn(DemoUser.ADMIN.uid(), DemoUser.ADMIN.password());
        JsonObject catalog = object(DemoUser.FRANK, "cloud/catalog");
        long zone = id(catalog.getJsonArray("zones"), z -> "Park-South".equals(z.getString("name")));
        long template = id(catalog.getJsonArray("templates"),
                t -> t.getString("name").startsWith("Debian") && t.getJsonNumber("zoneId").longValue() == zone);
        long offering = id(catalog.getJsonArray("offerings"), o -> "small".equals(o.getString("code")));
        long held = heldVms();
        long room = GLOBEX_MAX_VMS - held;
        long cpuBefore = allocatedMhz(operator, zone);

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<PortalPage>> answers = new ArrayList<>();
        String prefix = "burst-" + UUID.randomUUID().toString().substring(0, 6) + "-";
        for (int i = 0; i < THREADS; i++) {
            String body = Json.createObjectBuilder().add("zone", zone).add("template", template)
                    .add("offering", offering).add("name", prefix + i).build().toString();
            answers.add(pool.submit((Callable<PortalPage>) () -> {
                start.await();
                return post(DemoUser.FRANK, "cloud/orders", body);
            }));
        }
        start.countDown();
        List<String> accepted = new ArrayList<>();
        int refused = 0;
        for (Future<PortalPage> answer : answers) {
            PortalPage page = answer.get(120, TimeUnit.SECONDS);
            if (page.status() == 201) {
                accepted.add(json(page).getString("id"));
            } else {
                assertEquals(409, page.status(), page::body);
                assertTrue(page.body().contains("5"), "the refusal names the limit: " + page.body());
                refused++;
            }
        }
        pool.shutdown();

        assertEquals(room, accepted.size(), "exactly the room left under Globex's limit of " + GLOBEX_MAX_VMS);
        assertEquals(THREADS - room, refused);
        Set<String> mine = array(DemoUser.FRANK, "cloud/orders").stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getString("name").startsWith(prefix)).map(o -> o.getString("id"))
                .collect(Collectors.toSet());
        assertEquals(Set.copyOf(accepted), mine, "the accepted orders and nothing else were kept");
        for (String id : accepted) {
            assertEquals("RUNNING", awaitRunning(id).getString("status"));
        }
        assertEquals(cpuBefore + accepted.size() * smallMhz(catalog), allocatedMhz(operator, zone),
                "the hosts hold exactly the new servers");
    }

    private static long heldVms() {
        long vms = array(DemoUser.FRANK, "cloud/vms").stream().map(JsonValue::asJsonObject)
                .filter(v -> !"DESTROYED".equals(v.getString("state"))).count();
        long open = array(DemoUser.FRANK, "cloud/orders").stream().map(JsonValue::asJsonObject)
                .filter(o -> Set.of("PENDING_APPROVAL", "APPROVED", "PROVISIONING").contains(o.getString("status")))
                .count();
        return vms + open;
    }

    private static long smallMhz(JsonObject catalog) {
        JsonObject small = catalog.getJsonArray("offerings").stream().map(JsonValue::asJsonObject)
                .filter(o -> "small".equals(o.getString("code"))).findFirst().orElseThrow();
        return (long) small.getInt("minVcpus") * small.getInt("mhzPerVcpu");
    }

    /** CPU MHz allocated on the zone's hosts, as the cloud fixture servlet reads them from the inventory. */
    private static long allocatedMhz(PortalClient operator, long zone) {
        PortalPage answer = operator.get(PortalUrls.server().resolve("/it-portlets/cloud/zone?zone=" + zone));
        assertEquals(200, answer.status(), answer::body);
        return json(answer).getJsonArray("hosts").stream().map(JsonValue::asJsonObject)
                .mapToLong(h -> h.getJsonNumber("allocatedMhz").longValue()).sum();
    }

    private static JsonObject awaitRunning(String id) throws InterruptedException {
        JsonObject order = null;
        for (int i = 0; i < 160; i++) {
            order = object(DemoUser.FRANK, "cloud/orders/" + id);
            if (!Set.of("APPROVED", "PROVISIONING").contains(order.getString("status"))) {
                return order;
            }
            Thread.sleep(250);
        }
        return order;
    }

    private static long id(JsonArray items, Predicate<JsonObject> which) {
        return items.stream().map(JsonValue::asJsonObject).filter(which).findFirst()
                .orElseThrow(() -> new AssertionError("not in " + items)).getJsonNumber("id").longValue();
    }

    private static JsonObject object(DemoUser user, String path) {
        PortalPage answer = get(user, path);
        assertEquals(200, answer.status(), answer::body);
        return json(answer);
    }

    private static JsonArray array(DemoUser user, String path) {
        PortalPage answer = get(user, path);
        assertEquals(200, answer.status(), answer::body);
        return Json.createReader(new StringReader(answer.body())).readArray();
    }

    private static PortalPage get(DemoUser user, String path) {
        PortalClient http = PortalClient.newSession();
        return http.send(basic(user, http.request(PortalUrls.portal("api/v1/" + path))).GET());
    }

    private static PortalPage post(DemoUser user, String path, String body) {
        PortalClient http = PortalClient.newSession();
        return http.send(basic(user, http.request(PortalUrls.portal("api/v1/" + path)))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static JsonObject json(PortalPage page) {
        return Json.createReader(new StringReader(page.body())).readObject();
    }

    private static HttpRequest.Builder basic(DemoUser user, HttpRequest.Builder request) {
        String credentials = user.uid() + ":" + user.password();
        return request.header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }
}
