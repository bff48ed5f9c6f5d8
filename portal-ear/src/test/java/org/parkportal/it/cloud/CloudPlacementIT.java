package org.parkportal.it.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.parkportal.it.support.DemoUser;
import org.parkportal.it.support.PortalClient;
import org.parkportal.it.support.PortalPage;
import org.parkportal.it.support.PortalUrls;
import org.parkportal.it.support.WithTestPortlets;

/**
 * The cloud context through the real EJBs, WildFly, LDAP and database, driven by it-portlets.war's
 * CloudFixtureServlet: the demo inventory and catalogue, the operators-only inventory, concurrent reservations
 * that never overcommit and never get lost, and a refusal that names the resource and place, in German.
 */
class CloudPlacementIT extends WithTestPortlets {

    /** 2 vCPU × 2000 MHz, 2 GiB, 10 GB: a test zone's two 16000 MHz hosts take 4 each, its 90 % CPU threshold 7. */
    private static final Map<String, String> MEDIUM = Map.of("vcpus", "2", "mhz", "2000", "ram", "2048", "disk", "10");

    @Test
    void theDemoInventoryAndCatalogueArePresent() {
        JsonObject inventory = json(signedIn(DemoUser.ADMIN).get(fixture("inventory")));
        Map<String, JsonObject> zones = inventory.getJsonArray("zones").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(z -> z.getString("name"), z -> z));
        assertTrue(zones.keySet().containsAll(Set.of("Park-North", "Park-South")), zones::toString);
        List<JsonObject> hosts = new ArrayList<>();
        for (String zone : List.of("Park-North", "Park-South")) {
            hosts.addAll(zones.get(zone).getJsonArray("hosts").getValuesAs(JsonObject.class));
            assertEquals(1, zones.get(zone).getInt("networks"), zone);
            assertEquals(1, zones.get(zone).getInt("secondaryStorage"), zone);
        }
        assertEquals(8, hosts.size(), hosts::toString);
        assertEquals(Set.of("KVM", "VMWARE"), hosts.stream().map(h -> h.getString("hypervisor")).collect(Collectors.toSet()));
        assertTrue(inventory.getJsonArray("capacity").getValuesAs(JsonObject.class).stream().anyMatch(
                r -> r.getString("level").equals("ZONE") && r.getString("name").equals("Park-North")
                        && r.getJsonNumber("ramThreshold").bigDecimalValue().compareTo(new java.math.BigDecimal("0.85")) == 0
                        && r.getJsonNumber("totalMhz").longValue() > 0));

        JsonObject catalogue = json(signedIn(DemoUser.ALICE).get(fixture("catalogue")));
        JsonObject north = catalogue.getJsonArray("zones").getValuesAs(JsonObject.class).stream()
                .filter(z -> z.getString("name").equals("Park-North")).findFirst().orElseThrow();
        assertTrue(north.getJsonArray("templates").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).collect(Collectors.toSet())
                .containsAll(Set.of("Debian 12", "Ubuntu 24.04", "Windows Server 2022")), north::toString);
        Map<String, JsonObject> offerings = north.getJsonArray("offerings").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(o -> o.getString("code"), o -> o));
        assertEquals(Set.of("small", "medium", "large", "custom"), offerings.keySet());
        assertEquals(List.of(1, 1024L, "vm.running.small", "vm.allocated.small"), List.of(
                offerings.get("small").getInt("maxVcpus"), offerings.get("small").getJsonNumber("maxRamMib").longValue(),
                offerings.get("small").getString("runningItem"), offerings.get("small").getString("allocatedItem")));
        assertEquals(List.of(1, 8, 512L, 16384L), List.of(offerings.get("custom").getInt("minVcpus"),
                offerings.get("custom").getInt("maxVcpus"), offerings.get("custom").getJsonNumber("minRamMib").longValue(),
                offerings.get("custom").getJsonNumber("maxRamMib").longValue()));
        assertTrue(north.getJsonArray("disks").toString().contains("data-50"), north::toString);
    }

    @Test
    void onlyOperatorsMayChangeOrReadTheInventory() {
        PortalPage alice = signedIn(DemoUser.ALICE).post(fixture("zone"), Map.of("name", "it-" + unique()));
        assertEquals(403, alice.status(), alice::toString);
        assertEquals("NOT_ALLOWED", json(alice).getString("refused"));
        assertEquals(403, signedIn(DemoUser.FRANK).get(fixture("inventory")).status());
        assertEquals(200, signedIn(DemoUser.DAVE).get(fixture("inventory")).status(), "dave is in it-ops");
    }

    @Test
    void concurrentReservationsNeitherOvercommitNorGetLost() throws Exception {
        String name = "it-" + unique();
        PortalClient admin = signedIn(DemoUser.ADMIN);
        long zone = json(admin.post(fixture("zone"), Map.of("name", name))).getJsonNumber("zone").longValue();

        ExecutorService threads = Executors.newFixedThreadPool(16);
        List<Future<List<JsonObject>>> work = new ArrayList<>();
        for (int t = 0; t < 16; t++) {
            int thread = t;
            work.add(threads.submit(() -> {
                PortalClient client = PortalClient.newSession();
                List<JsonObject> answers = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    answers.add(json(client.post(fixture("reserve"), reserve(zone, thread % 2 == 0 ? "acme" : "globex",
                            name + "-" + thread + "-" + i, "en"))));
                }
                return answers;
            }));
        }
        List<JsonObject> answers = new ArrayList<>();
        for (Future<List<JsonObject>> f : work) {
            answers.addAll(f.get());
        }
        threads.shutdown();

        assertEquals(64, answers.size(), "every request answered");
        List<JsonObject> placed = answers.stream().filter(a -> a.getBoolean("placed")).toList();
        List<JsonObject> refused = answers.stream().filter(a -> !a.getBoolean("placed")).toList();
        assertEquals(7, placed.size(), "90 % of 32000 MHz is 28800: exactly seven 4000 MHz VMs fit: " + answers);
        assertEquals(7, placed.stream().map(a -> a.getJsonNumber("reservation").longValue()).distinct().count());
        for (JsonObject r : refused) {
            assertTrue(Set.of("CLUSTER_THRESHOLD", "HOST_CAPACITY").contains(r.getString("kind")), r::toString);
            assertTrue(r.getString("reason").contains(name), r::toString);
        }

        JsonObject state = json(admin.get(fixture("zone") + "?zone=" + zone));
        long sum = 0;
        Set<Long> usedHosts = new HashSet<>();
        for (JsonObject h : state.getJsonArray("hosts").getValuesAs(JsonObject.class)) {
            assertTrue(h.getJsonNumber("allocatedMhz").longValue() <= h.getJsonNumber("physicalMhz").longValue(), h::toString);
            assertTrue(h.getJsonNumber("allocatedRamMib").longValue() <= h.getJsonNumber("ramMib").longValue(), h::toString);
            sum += h.getJsonNumber("allocatedMhz").longValue();
            usedHosts.add(h.getJsonNumber("id").longValue());
        }
        assertEquals(7 * 4000L, sum, "the hosts hold exactly the placed reservations: " + state);
        JsonObject cluster = state.getJsonArray("clusters").getJsonObject(0);
        assertEquals(7 * 4000L, cluster.getJsonNumber("allocatedMhz").longValue(), state::toString);
        assertEquals(7 * 2048L, cluster.getJsonNumber("allocatedRamMib").longValue(), state::toString);
        assertTrue(placed.stream().allMatch(a -> usedHosts.contains(a.getJsonNumber("host").longValue())));
    }

    @Test
    void aRefusalNamesTheResourceAndThePlaceInTheCallersLanguage() {
        String name = "it-" + unique();
        PortalClient admin = signedIn(DemoUser.ADMIN);
        long zone = json(admin.post(fixture("zone"), Map.of("name", name))).getJsonNumber("zone").longValue();
        PortalClient service = PortalClient.newSession();
        for (int i = 0; i < 7; i++) {
            assertTrue(json(service.post(fixture("reserve"), reserve(zone, "acme", name + "-" + i, "de")))
                    .getBoolean("placed"), "VM " + i);
        }

        JsonObject refused = json(service.post(fixture("reserve"), reserve(zone, "acme", name + "-8", "de")));

        assertFalse(refused.getBoolean("placed"));
        assertEquals("CPU: Cluster " + name + "-C1 in der Zone " + name + " würde 100 % erreichen (Schwelle 90 %).",
                refused.getString("reason"));
    }

    private static Map<String, String> reserve(long zone, String tenant, String reference, String language) {
        Map<String, String> fields = new java.util.HashMap<>(MEDIUM);
        fields.put("zone", Long.toString(zone));
        fields.put("tenant", tenant);
        fields.put("reference", reference);
        fields.put("language", language);
        return fields;
    }

    private static PortalClient signedIn(DemoUser user) {
        PortalClient client = PortalClient.newSession();
        client.signIn(user.uid(), user.password());
        return client;
    }

    private static String fixture(String path) {
        return PortalUrls.server().resolve("/it-portlets/cloud/" + path).toString();
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static JsonObject json(PortalPage page) {
        if (page.status() >= 500) {
            throw new AssertionError("server error: " + page);
        }
        return Json.createReader(new StringReader(page.body())).readObject();
    }
}
