package org.parkportal.it.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parkportal.it.support.DemoUser;
import org.parkportal.it.support.PortalClient;
import org.parkportal.it.support.PortalPage;
import org.parkportal.it.support.PortalUrls;
import org.parkportal.it.support.WithTestPortlets;

/**
 * Who sees and touches whose servers through /api/v1/cloud: alice's order and server are answered 404 to frank
 * (Globex) and carol (the park's own company) on every address, exactly as an id that does not exist, and are
 * missing from their lists; alice is answered 404 for her manager bob's own order; bob (an Acme manager) and admin
 * (an operator) read alice's by id, and bob lists them. Her detached data disk is in her and bob's
 * {@code cloud/volumes/detached}, not in frank's or carol's, and their attach and delete of it are 404. A zone
 * private to Acme is in Acme's catalogue only.
 */
class CloudIsolationIT extends WithTestPortlets {

    /**
     * Alice's running server, its order, root disk and a snapshot of it, and a data disk she detached from it; made
     * once for the class.
     */
    private record Alices(String order, long vm, long rootDisk, long snapshot, long detachedDisk, JsonObject catalog) {
    }

    private static Alices alices;

    private static synchronized Alices alices() {
        if (alices == null) {
            CloudApi alice = new CloudApi(DemoUser.ALICE);
            JsonObject catalog = alice.catalog();
            JsonObject order = alice.runningServer(CloudApi.Choice.of(catalog, "small"), new CloudApi(DemoUser.BOB));
            long vm = order.getJsonNumber("vmId").longValue();
            long root = alice.array("cloud/vms/" + vm + "/volumes").getValuesAs(JsonObject.class).stream()
                    .filter(v -> v.getString("kind").equals("ROOT")).findFirst().orElseThrow()
                    .getJsonNumber("id").longValue();
            PortalPage snapshot = alice.post("cloud/volumes/" + root + "/snapshots", null);
            assertEquals(201, snapshot.status(), snapshot::body);
            PortalPage data = alice.post("cloud/vms/" + vm + "/volumes", "{\"diskOffering\": " + data50(catalog) + "}");
            assertEquals(201, data.status(), data::body);
            long detached = CloudApi.object(data.body()).getJsonNumber("id").longValue();
            PortalPage detach = alice.post("cloud/volumes/" + detached + "/detach", null);
            assertEquals(200, detach.status(), detach::body);
            alices = new Alices(order.getString("id"), vm, root,
                    CloudApi.object(snapshot.body()).getJsonNumber("id").longValue(), detached, catalog);
        }
        return alices;
    }

    @Test
    void anotherCompanysUsersGetNotFoundForAlicesOrderAndServerEverywhere() {
        Alices a = alices();
        for (DemoUser stranger : List.of(DemoUser.FRANK, DemoUser.CAROL)) {
            CloudApi api = new CloudApi(stranger);
            answersNotFoundEverywhere(api, a);
            assertFalse(ids(api.array("cloud/orders"), "id").contains(a.order()), stranger + " lists alice's order");
            assertFalse(ids(api.array("cloud/vms"), "id").contains(Long.toString(a.vm())), stranger + " lists her server");
            assertFalse(ids(api.array("cloud/volumes/detached"), "id").contains(Long.toString(a.detachedDisk())),
                    stranger + " lists her detached disk");
        }
        // Nothing the strangers asked for happened.
        CloudApi alice = new CloudApi(DemoUser.ALICE);
        assertEquals("RUNNING", alice.object(alice.get("cloud/vms/" + a.vm())).getString("state"));
        assertEquals(List.of("ROOT"), alice.array("cloud/vms/" + a.vm() + "/volumes").getValuesAs(JsonObject.class)
                .stream().map(v -> v.getString("kind")).toList(), "no disk added, none detached or deleted");
        assertTrue(ids(alice.array("cloud/vms/" + a.vm() + "/snapshots"), "id").contains(Long.toString(a.snapshot())));
        JsonObject detached = alice.array("cloud/volumes/detached").getValuesAs(JsonObject.class).stream()
                .filter(v -> v.getJsonNumber("id").longValue() == a.detachedDisk()).findFirst()
                .orElseThrow(() -> new AssertionError("alice's detached disk is still listed for her"));
        assertFalse(detached.containsKey("vmId"), "still attached to nothing: " + detached);
    }

    @Test
    void theTenantsManagerAndAnOperatorSeeAlicesOrderAndServer() {
        Alices a = alices();
        for (DemoUser reader : List.of(DemoUser.BOB, DemoUser.ADMIN)) {
            CloudApi api = new CloudApi(reader);
            assertEquals("RUNNING", api.object(api.get("cloud/orders/" + a.order())).getString("status"), reader.uid());
            assertEquals("alice", api.object(api.get("cloud/vms/" + a.vm())).getString("owner"), reader.uid());
            assertEquals(200, api.get("cloud/vms/" + a.vm() + "/volumes").status(), reader.uid());
        }
        // The lists: a manager's are the tenant's. (An operator who belongs to a tenant, like admin of the park,
        // lists that tenant's only; CloudOrders and CloudMachines decide so, so it is not asserted here.)
        CloudApi bob = new CloudApi(DemoUser.BOB);
        assertTrue(ids(bob.array("cloud/orders"), "id").contains(a.order()), "bob lists alice's order");
        assertTrue(ids(bob.array("cloud/vms"), "id").contains(Long.toString(a.vm())), "bob lists her server");
        assertTrue(ids(bob.array("cloud/volumes/detached"), "id").contains(Long.toString(a.detachedDisk())),
                "bob lists her detached disk");
    }

    @Test
    void anEmployeeDoesNotSeeAColleaguesOrder() {
        CloudApi bob = new CloudApi(DemoUser.BOB);
        JsonObject bobs = bob.order(CloudApi.Choice.of(bob.catalog(), "small"), CloudApi.uniqueName());
        CloudApi alice = new CloudApi(DemoUser.ALICE);
        PortalPage answer = alice.get("cloud/orders/" + bobs.getString("id"));
        assertEquals(404, answer.status(), answer::body);
        assertEquals("notFound", CloudApi.object(answer.body()).getString("error"));
        assertFalse(ids(alice.array("cloud/orders"), "id").contains(bobs.getString("id")));
        assertTrue(ids(bob.array("cloud/orders"), "id").contains(bobs.getString("id")));
    }

    @Test
    void aZonePrivateToAcmeIsInAcmesCatalogueOnly() {
        PortalClient admin = PortalClient.newSession();
        admin.signIn(DemoUser.ADMIN.uid(), DemoUser.ADMIN.password());
        String zone = "Acme-Private-" + CloudApi.uniqueName().substring(3);
        PortalPage created = admin.post(PortalUrls.server().resolve("/it-portlets/cloud/zone").toString(),
                Map.of("name", zone, "tenant", "acme"));
        assertEquals(200, created.status(), created::body);

        assertTrue(zoneNames(new CloudApi(DemoUser.ALICE).catalog()).contains(zone), "acme's own private zone");
        assertTrue(zoneNames(new CloudApi(DemoUser.BOB).catalog()).contains(zone));
        for (DemoUser stranger : List.of(DemoUser.FRANK, DemoUser.CAROL)) {
            JsonObject catalog = new CloudApi(stranger).catalog();
            assertFalse(zoneNames(catalog).contains(zone), stranger + " sees acme's private zone");
            assertFalse(catalog.toString().contains(zone), stranger + ": " + catalog);
        }
    }

    private static void answersNotFoundEverywhere(CloudApi api, Alices a) {
        long small = CloudApi.Choice.offering(a.catalog(), "small");
        long data50 = a.catalog().getJsonArray("diskOfferings").getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("code").equals("data-50")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        String vm = "cloud/vms/" + a.vm();
        String disk = "cloud/volumes/" + a.rootDisk();
        Map<String, PortalPage> answers = new LinkedHashMap<>();
        answers.put("GET order", api.get("cloud/orders/" + a.order()));
        answers.put("GET vm", api.get(vm));
        answers.put("GET volumes", api.get(vm + "/volumes"));
        answers.put("GET snapshots", api.get(vm + "/snapshots"));
        for (String action : List.of("start", "stop", "reboot", "destroy")) {
            answers.put("POST " + action, api.post(vm + "/" + action, null));
        }
        answers.put("POST offering", api.post(vm + "/offering", "{\"offering\": " + small + "}"));
        answers.put("POST volumes", api.post(vm + "/volumes", "{\"diskOffering\": " + data50 + "}"));
        answers.put("POST detach", api.post(disk + "/detach", null));
        answers.put("POST attach", api.post(disk + "/attach", "{\"vm\": " + a.vm() + "}"));
        answers.put("POST snapshot", api.post(disk + "/snapshots", null));
        answers.put("DELETE volume", api.delete(disk));
        answers.put("DELETE snapshot", api.delete("cloud/snapshots/" + a.snapshot()));
        String detached = "cloud/volumes/" + a.detachedDisk();
        answers.put("POST attach detached", api.post(detached + "/attach", "{\"vm\": " + a.vm() + "}"));
        answers.put("DELETE detached", api.delete(detached));
        answers.forEach((what, answer) -> {
            assertEquals(404, answer.status(), what + ": " + answer.body());
            assertEquals("notFound", CloudApi.object(answer.body()).getString("error"), what);
        });
    }

    private static long data50(JsonObject catalog) {
        return catalog.getJsonArray("diskOfferings").getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("code").equals("data-50")).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private static List<String> ids(JsonArray list, String field) {
        return list.getValuesAs(JsonObject.class).stream().map(o -> o.get(field).toString().replace("\"", "")).toList();
    }

    private static List<String> zoneNames(JsonObject catalog) {
        return catalog.getJsonArray("zones").getValuesAs(JsonObject.class).stream().map(z -> z.getString("name")).toList();
    }
}
