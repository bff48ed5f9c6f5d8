package org.parkportal.it.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parkportal.it.cloud.InventoryWindow.CAPACITY;
import static org.parkportal.it.cloud.InventoryWindow.PAGE;
import static org.parkportal.it.cloud.InventoryWindow.assertNotice;
import static org.parkportal.it.cloud.InventoryWindow.csrfToken;
import static org.parkportal.it.cloud.InventoryWindow.northOf;
import static org.parkportal.it.cloud.InventoryWindow.notice;
import static org.parkportal.it.cloud.InventoryWindow.signedIn;
import static org.parkportal.it.cloud.InventoryWindow.submit;
import static org.parkportal.it.cloud.InventoryWindow.unique;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.parkportal.it.support.AuditView;
import org.parkportal.it.support.DemoUser;
import org.parkportal.it.support.PageSets;
import org.parkportal.it.support.PortalClient;
import org.parkportal.it.support.PortalPage;
import org.parkportal.it.support.PortalUrls;
import org.parkportal.it.support.Texts;
import org.parkportal.it.support.WithTestPortlets;

/**
 * The cloud-admin portlets on the demo page admin/cloud, through the real portal, EJBs, LDAP and database: the
 * operators see the demo inventory and the capacity figures (the same numbers the back office's CapacityReport
 * gives, read through it-portlets.war's CloudFixtureServlet), put a host into maintenance and back, and get a
 * translated refusal with their input kept for bad input; alice gets neither the page nor, with a page of her own,
 * anything but the back office's refusal.
 */
class CloudAdminPortletsIT extends WithTestPortlets {

    private static final String INVENTORY = InventoryWindow.WINDOW;
    private static final String CHART_JS = "/portal/webjars/chart.js/4.4.1/dist/chart.umd.js";

    @Test
    void anOperatorSeesTheDemoZonesTheirHostsAndTheCapacityReportsFigures() {
        PortalClient admin = signedIn(DemoUser.ADMIN);
        PortalPage page = northOf(admin);

        Element inventory = page.window(INVENTORY);
        Set<String> zones = inventory.select("table.park-cloud__zones tr[data-zone-name]").eachAttr("data-zone-name")
                .stream().collect(Collectors.toSet());
        assertTrue(zones.containsAll(Set.of("Park-North", "Park-South")), zones::toString);
        Element north = inventory.selectFirst("section.park-cloud__zone");
        assertNotNull(north, page::excerpt);
        assertEquals(Set.of("North-P1", "North-P2"), Set.copyOf(north.select("tr[data-pod]").eachAttr("data-pod")));
        assertEquals(Set.of("KVM-N1", "VMW-N2"), Set.copyOf(north.select("[data-cluster]").eachAttr("data-cluster")));
        assertEquals(3, north.select("[data-cluster=KVM-N1] tr[data-host]").size(), north::text);
        assertEquals(2, north.select("[data-cluster=VMW-N2] tr[data-host]").size(), north::text);
        assertEquals(Set.copyOf(demoHosts("Park-North")), Set.copyOf(north.select("tr[data-host]").eachAttr("data-host")));
        assertFalse(north.select("tr[data-pool=north-kvm-primary]").isEmpty(), north::text);
        assertEquals(1, north.select("tr[data-secondary]").size(), north::text);
        assertEquals(1, north.select("section.park-cloud__network").size(), north::text);

        // The capacity table carries exactly CapacityReport's numbers for the zone.
        JsonObject report = capacityRow("ZONE", "Park-North");
        Element row = page.window(CAPACITY).selectFirst("tr[data-level=ZONE][data-name=Park-North]");
        assertNotNull(row, () -> page.window(CAPACITY).text());
        for (String figure : List.of("allocatedMhz", "totalMhz", "allocatedRamMib", "totalRamMib", "allocatedGb",
                "totalGb")) {
            assertEquals(report.getJsonNumber(figure).longValue(),
                    Long.parseLong(row.selectFirst("td[data-figure=" + figure + "]").attr("data-value")), figure);
        }
        assertEquals(report.getJsonNumber("ramThreshold").bigDecimalValue().movePointRight(2).stripTrailingZeros()
                .toPlainString(), row.selectFirst("td[data-figure=ramThreshold]").attr("data-value"));
        assertTrue(row.selectFirst("td[data-figure=totalMhz]").text().startsWith(
                String.format(Locale.ENGLISH, "%,d", report.getJsonNumber("totalMhz").longValue())), row::text);
        assertEquals(Texts.cloudAdmin("CapacityMessages", Locale.ENGLISH, "javax.portlet.title"),
                page.windowTitle(CAPACITY));

        // Chart.js once for the page (the portal's copy), three charts drawing the table's figures.
        assertEquals(1, page.document().select("script[src=" + CHART_JS + "]").size(), page::excerpt);
        assertEquals(3, page.window(CAPACITY).select("canvas[data-chart]").size());
        JsonObject chart = Json.createReader(new StringReader(
                page.window(CAPACITY).selectFirst("script.park-cloud__data").data())).readObject();
        int index = chart.getJsonArray("labels").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList().indexOf("Park-North");
        assertEquals(report.getJsonNumber("totalMhz").longValue(),
                chart.getJsonObject("cpu").getJsonArray("total").getJsonNumber(index).longValue());
    }

    @Test
    void daveOfItOpsOperatesTheCloudInHisLanguage() {
        PortalClient dave = signedIn(DemoUser.DAVE);
        PortalPage page = dave.get(PAGE);
        assertEquals(200, page.status(), page::excerpt);
        assertFalse(page.window(INVENTORY).select("tr[data-zone-name=Park-North]").isEmpty(), page::excerpt);
        assertEquals(Texts.cloudAdmin("InventoryMessages", Locale.SIMPLIFIED_CHINESE, "zones.heading"),
                page.window(INVENTORY).selectFirst("h3").text());
    }

    @Test
    void anOperatorPutsAHostIntoMaintenanceAndBack() {
        PortalClient admin = signedIn(DemoUser.ADMIN);
        PortalPage page = northOf(admin);
        Element host = page.window(INVENTORY).selectFirst("tr[data-host][data-state=ENABLED]");
        assertNotNull(host, page::excerpt);
        String name = host.attr("data-host");
        try {
            PortalPage after = submit(admin, page, "tr[data-host=" + name + "] form.park-cloud__state:has(button[value=MAINTENANCE])",
                    Map.of("state", "MAINTENANCE"));
            assertEquals("MAINTENANCE", after.window(INVENTORY).selectFirst("tr[data-host=" + name + "]").attr("data-state"));
            assertEquals(Texts.cloudAdmin("InventoryMessages", Locale.ENGLISH, "host.state.MAINTENANCE", name),
                    notice(after).text());
            assertEquals("MAINTENANCE", hostState(name));
        } finally {
            PortalPage again = northOf(admin);
            submit(admin, again, "tr[data-host=" + name + "] form.park-cloud__state:has(button[value=ENABLED])",
                    Map.of("state", "ENABLED"));
        }
        assertEquals("ENABLED", hostState(name));
        assertEquals("ENABLED", northOf(admin).window(INVENTORY).selectFirst("tr[data-host=" + name + "]").attr("data-state"));
    }

    @Test
    void badInputIsRefusedInTheReadersLanguageWithTheInputKeptAndNothingCreated() {
        PortalClient admin = signedIn(DemoUser.ADMIN);
        String hostName = "it-host-" + unique();
        PortalPage refused = submit(admin, northOf(admin), "form.park-cloud__create-host",
                Map.of("name", hostName, "cores", "sixteen", "mhzPerCore", "2400", "ramMib", "65536"));
        Element notice = notice(refused);
        assertEquals("inventory.refused.INVALID_CAPACITY", notice.attr("data-notice"));
        assertEquals(Texts.cloud(Locale.ENGLISH, "inventory.refused.INVALID_CAPACITY"), notice.text());
        Element form = refused.window(INVENTORY).selectFirst("form.park-cloud__create-host");
        assertEquals(hostName, form.selectFirst("input[name=name]").attr("value"), "what was typed stays");
        assertEquals("sixteen", form.selectFirst("input[name=cores]").attr("value"));
        assertTrue(refused.window(INVENTORY).select("tr[data-host=" + hostName + "]").isEmpty());
        assertFalse(allHosts().contains(hostName), "nothing created");

        String podName = "it-pod-" + unique();
        PortalPage pod = submit(admin, northOf(admin), "form.park-cloud__create-pod",
                Map.of("name", podName, "gateway", "10.0.0.999", "netmask", "255.255.255.0"));
        assertEquals(Texts.cloud(Locale.ENGLISH, "inventory.refused.INVALID_IP_RANGE"), notice(pod).text());
        assertEquals("10.0.0.999", pod.window(INVENTORY).selectFirst("form.park-cloud__create-pod input[name=gateway]")
                .attr("value"));
        assertTrue(pod.window(INVENTORY).select("tr[data-pod=" + podName + "]").isEmpty());
        // The other forms are not filled with what was typed into this one.
        assertEquals("", pod.window(INVENTORY).selectFirst("form.park-cloud__create-network input[name=name]").attr("value"));

        // A good pod is created (and refused a second time under the same name).
        PortalPage created = submit(admin, northOf(admin), "form.park-cloud__create-pod",
                Map.of("name", podName, "gateway", "10.9.0.1", "netmask", "255.255.255.0"));
        assertEquals(Texts.cloudAdmin("InventoryMessages", Locale.ENGLISH, "pod.created", podName), notice(created).text());
        assertFalse(created.window(INVENTORY).select("tr[data-pod=" + podName + "]").isEmpty(), created::excerpt);
        PortalPage twice = submit(admin, created, "form.park-cloud__create-pod", Map.of("name", podName));
        assertEquals(Texts.cloud(Locale.ENGLISH, "inventory.refused.NAME_TAKEN"), notice(twice).text());

        // The accepted change is in the audit log; the refused ones are not.
        List<List<String>> rows = AuditView.entries(admin, "CLOUD_INVENTORY_CHANGED", podName);
        assertEquals(1, rows.size(), rows::toString);
        assertEquals(List.of("admin", Texts.audit(Locale.ENGLISH, "action.CLOUD_INVENTORY_CHANGED"), "pod:" + podName),
                rows.get(0).subList(1, 4));
    }

    @Test
    void anOperatorBuildsAZoneThroughTheFormsAndItsCapacityShows() {
        PortalClient admin = signedIn(DemoUser.ADMIN);
        String u = unique();
        String zone = "it-zone-" + u;
        Map<String, String> zoneForm = new HashMap<>(Map.of("name", zone, "access", "private", "tenants", "acme",
                "strategy", "FILL_FIRST", "cpuThreshold", "150", "cpuOvercommit", "2"));
        PortalPage refused = submit(admin, admin.get(PAGE), "form.park-cloud__create-zone", zoneForm);
        assertEquals(Texts.cloud(Locale.ENGLISH, "inventory.refused.INVALID_THRESHOLD"), notice(refused).text());
        Element kept = refused.window(INVENTORY).selectFirst("form.park-cloud__create-zone");
        assertEquals(List.of(zone, "acme", "150", "2"), List.of(kept.selectFirst("input[name=name]").attr("value"),
                kept.selectFirst("input[name=tenants]").attr("value"),
                kept.selectFirst("input[name=cpuThreshold]").attr("value"),
                kept.selectFirst("input[name=cpuOvercommit]").attr("value")));
        assertEquals("private", kept.selectFirst("select[name=access] option[selected]").attr("value"));
        assertTrue(refused.window(INVENTORY).select("tr[data-zone-name=" + zone + "]").isEmpty());

        zoneForm.put("cpuThreshold", "90");
        PortalPage page = submit(admin, refused, "form.park-cloud__create-zone", zoneForm);
        assertEquals(Texts.cloudAdmin("InventoryMessages", Locale.ENGLISH, "zone.created", zone), notice(page).text());
        Element row = page.window(INVENTORY).selectFirst("tr[data-zone-name=" + zone + "]");
        assertNotNull(row, page::excerpt);
        assertTrue(row.text().contains("acme") && row.text().contains("90%"), row::text);
        assertEquals(zone, page.window(INVENTORY).selectFirst("tr[data-zone-name=" + zone + "] a[aria-current]").text(),
                "the new zone is the one shown");

        page = submit(admin, page, "form.park-cloud__create-pod",
                Map.of("name", "P1-" + u, "gateway", "10.1.0.1", "netmask", "255.255.255.0"));
        assertNotice(page, "pod.created");
        page = submit(admin, page, "form.park-cloud__create-cluster", Map.of("name", "C1-" + u, "hypervisor", "KVM"));
        assertNotice(page, "cluster.created");
        page = submit(admin, page, "form.park-cloud__create-host",
                Map.of("name", "h1-" + u, "cores", "16", "mhzPerCore", "2400", "ramMib", "65536", "tags", "gpu"));
        assertEquals(Texts.cloudAdmin("InventoryMessages", Locale.ENGLISH, "host.created", "h1-" + u),
                notice(page).text());
        page = submit(admin, page, "form.park-cloud__create-pool",
                Map.of("name", "pool-" + u, "capacityGb", "1000", "tags", "ssd"));
        assertNotice(page, "pool.created");
        page = submit(admin, page, "form.park-cloud__create-network",
                Map.of("name", "net-" + u, "vlanFirst", "100", "vlanLast", "199", "cidr", "10.2.0.0/24",
                        "gateway", "10.2.0.1"));
        assertNotice(page, "network.created");
        page = submit(admin, page, "form.park-cloud__create-ip-range",
                Map.of("firstIp", "203.0.113.10", "lastIp", "203.0.113.20"));
        assertEquals(Texts.cloudAdmin("InventoryMessages", Locale.ENGLISH, "ipRange.created", "203.0.113.10",
                "203.0.113.20"), notice(page).text());

        Element built = page.window(INVENTORY).selectFirst("section.park-cloud__zone");
        assertEquals(List.of("P1-" + u), built.select("tr[data-pod]").eachAttr("data-pod"));
        Element host = built.selectFirst("[data-cluster=C1-" + u + "] tr[data-host=h1-" + u + "]");
        assertNotNull(host, built::text);
        assertEquals("ENABLED", host.attr("data-state"));
        assertFalse(built.select("[data-cluster=C1-" + u + "] tr[data-pool=pool-" + u + "]").isEmpty(), built::text);
        assertFalse(built.select("[data-network=net-" + u + "] [data-ip-range=203.0.113.10]").isEmpty(), built::text);

        // 16 cores × 2400 MHz with the zone's CPU overcommit 2: 76,800 MHz, at a 90 % threshold.
        Element capacity = page.window(CAPACITY);
        Element cluster = capacity.selectFirst("tr[data-level=CLUSTER][data-name=C1-" + u + "]");
        assertNotNull(cluster, capacity::text);
        assertEquals("76800", cluster.selectFirst("td[data-figure=totalMhz]").attr("data-value"));
        assertEquals("90", cluster.selectFirst("td[data-figure=cpuThreshold]").attr("data-value"));
        assertEquals("1000", cluster.selectFirst("td[data-figure=totalGb]").attr("data-value"));
        assertEquals(capacityRow("CLUSTER", "C1-" + u).getJsonNumber("totalRamMib").longValue(),
                Long.parseLong(cluster.selectFirst("td[data-figure=totalRamMib]").attr("data-value")));
    }

    @Test
    void aliceGetsNeitherThePageNorTheInventory() {
        PortalClient alice = signedIn(DemoUser.ALICE);
        assertEquals(403, alice.get(PAGE).status());
        assertFalse(alice.catalogue().contains("cloud-admin/inventory"));

        // The admin's action URL with alice's own valid token: the page is not hers.
        PortalClient admin = signedIn(DemoUser.ADMIN);
        Element adminsForm = northOf(admin).window(INVENTORY).selectFirst("form.park-cloud__create-pod");
        PortalPage home = alice.get("workplace");
        String forged = adminsForm.attr("action").replaceAll("_csrf=[^&]*", "_csrf=" + csrfToken(home));
        String podName = "it-forged-" + unique();
        Map<String, String> fields = new HashMap<>(Map.of("name", podName));
        fields.put("zone", adminsForm.selectFirst("input[name=zone]").attr("value"));
        assertEquals(403, alice.post(forged, fields).status());

        // With a page of her own showing the portlet, the back office still refuses her, in words.
        OperatorPortletPage.importFor("alice", "it-cloud", "Cloud", "it-cloud-inventory", "cloud-admin/inventory");
        try {
            PortalPage hers = OperatorPortletPage.refusedOn(alice, "it-cloud", "it-cloud-inventory");
            String notAllowed = Texts.cloud(Locale.ENGLISH, "inventory.refused.NOT_ALLOWED");
            String action = adminsForm.attr("action").replace("admin/cloud", "it-cloud")
                    .replace(INVENTORY, "it-cloud-inventory").replaceAll("_csrf=[^&]*", "_csrf=" + csrfToken(hers));
            PortalPage answer = alice.post(action, fields);
            assertEquals(302, answer.status(), "the portal lets her window act: " + answer.excerpt());
            PortalPage after = alice.follow(answer);
            Element refusal = after.window("it-cloud-inventory").selectFirst(".park-cloud__notice");
            assertNotNull(refusal, after::excerpt);
            assertEquals("inventory.refused.NOT_ALLOWED", refusal.attr("data-notice"));
            assertEquals(notAllowed, refusal.text(), "the back office refused the change");
            assertTrue(northOf(admin).window(INVENTORY).select("tr[data-pod=" + podName + "]").isEmpty(),
                    "nothing created");
        } finally {
            PageSets.importOrFail("""
                    {"pages":[{"name":"it-cloud","title":"Cloud","hidden":true,"grants":{},"windows":[]}],
                     "portlets":[{"portlet":"cloud-admin/inventory","grants":{"view":["group:portal-admins","group:it-ops"]}}]}
                    """);
        }
    }

    // ---------------------------------------------------------------- helpers

    private static JsonObject inventory() {
        PortalPage page = signedIn(DemoUser.ADMIN).get(fixture("inventory"));
        assertEquals(200, page.status(), page::excerpt);
        return Json.createReader(new StringReader(page.body())).readObject();
    }

    private static JsonObject capacityRow(String level, String name) {
        return inventory().getJsonArray("capacity").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("level").equals(level) && r.getString("name").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no capacity row " + level + " " + name));
    }

    private static List<JsonObject> hosts(JsonObject inventory) {
        return inventory.getJsonArray("zones").getValuesAs(JsonObject.class).stream()
                .flatMap(z -> z.getJsonArray("hosts").getValuesAs(JsonObject.class).stream()).toList();
    }

    private static List<String> demoHosts(String zone) {
        return inventory().getJsonArray("zones").getValuesAs(JsonObject.class).stream()
                .filter(z -> z.getString("name").equals(zone)).findFirst().orElseThrow()
                .getJsonArray("hosts").getValuesAs(JsonObject.class).stream().map(h -> h.getString("name")).toList();
    }

    private static List<String> allHosts() {
        return hosts(inventory()).stream().map(h -> h.getString("name")).toList();
    }

    private static String hostState(String name) {
        return hosts(inventory()).stream().filter(h -> h.getString("name").equals(name)).findFirst()
                .orElseThrow().getString("state");
    }

    private static String fixture(String path) {
        return PortalUrls.server().resolve("/it-portlets/cloud/" + path).toString();
    }
}
