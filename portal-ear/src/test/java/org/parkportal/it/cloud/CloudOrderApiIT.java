package org.parkportal.it.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parkportal.it.support.DemoUser;
import org.parkportal.it.support.PortalDeployment;
import org.parkportal.it.support.PortalPage;
import org.parkportal.it.support.Texts;

/**
 * A server ordered, approved and run through /api/v1 against the real server, LDAP and database: alice orders from
 * her catalogue, bob (her manager) approves in his task inbox, the server is created in the background and alice
 * stops and starts it, adds a disk and snapshots it; a rejected order ends REJECTED; bad input is a 400 problem in
 * the caller's language and a name already taken a 409.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CloudOrderApiIT {

    @Deployment(name = "portal", testable = false)
    static EnterpriseArchive portal() {
        return PortalDeployment.ear();
    }

    @Test
    void anApprovedOrderBecomesARunningServerThatItsOwnerStopsStartsAndGivesADisk() {
        CloudApi alice = new CloudApi(DemoUser.ALICE);
        CloudApi bob = new CloudApi(DemoUser.BOB);
        JsonObject catalog = alice.catalog();
        assertTrue(catalog.getJsonArray("zones").getValuesAs(JsonObject.class).stream()
                .map(z -> z.getString("name")).toList().containsAll(List.of("Park-North", "Park-South")), catalog::toString);
        assertTrue(catalog.getJsonArray("offerings").getValuesAs(JsonObject.class).stream().map(o -> o.getString("code"))
                .toList().containsAll(List.of("small", "medium", "large", "custom")), catalog::toString);
        assertFalse(catalog.toString().contains("vm.running"), "billing items are not the tenant's business");
        CloudApi.Choice small = CloudApi.Choice.of(catalog, "small");
        String name = CloudApi.uniqueName();

        JsonObject quote = alice.object(alice.post("cloud/orders/quote", small.json(name)));
        assertTrue(new BigDecimal(quote.getString("monthly")).signum() > 0, quote::toString);
        assertTrue(new BigDecimal(quote.getString("hourly")).compareTo(new BigDecimal(quote.getString("monthly"))) < 0);
        assertEquals(1, quote.getJsonObject("asked").getInt("vms"));
        assertTrue(quote.getBoolean("needsApproval"), "acme approves no order at once: " + quote);
        JsonObject limits = quote.getJsonObject("limits");
        assertEquals(List.of(20L, 64L, 131_072L, 2_000L), List.of(limits.getJsonNumber("vms").longValue(),
                limits.getJsonNumber("vcpus").longValue(), limits.getJsonNumber("ramMib").longValue(),
                limits.getJsonNumber("storageGb").longValue()), "acme's demo limits: " + quote);
        assertTrue(quote.getJsonArray("passes").isEmpty(), "a small server passes none: " + quote);

        JsonObject order = alice.order(small, name);
        assertEquals("PENDING_APPROVAL", order.getString("status"));
        assertEquals(name, order.getString("name"));
        assertEquals("alice", order.getString("requestedBy"));
        assertEquals(quote.getString("monthly"), order.getString("monthlyEstimate"));
        String id = order.getString("id");
        assertTrue(alice.array("cloud/orders").stream().anyMatch(o -> id.equals(o.asJsonObject().getString("id"))));

        bob.decide(id, true);
        JsonObject running = alice.awaitOrder(id, o -> "RUNNING".equals(o.getString("status")));
        assertEquals("bob", running.getString("decidedBy"));
        long vm = running.getJsonNumber("vmId").longValue();
        JsonObject listed = alice.array("cloud/vms").getValuesAs(JsonObject.class).stream()
                .filter(v -> v.getJsonNumber("id").longValue() == vm).findFirst().orElseThrow();
        assertEquals(List.of("RUNNING", name, id, 1, 1024L), List.of(listed.getString("state"), listed.getString("name"),
                listed.getString("orderId"), listed.getInt("vcpus"), listed.getJsonNumber("ramMib").longValue()));

        assertEquals("STOPPED", alice.object(alice.post("cloud/vms/" + vm + "/stop", null)).getString("state"));
        PortalPage again = alice.post("cloud/vms/" + vm + "/stop", null);
        assertEquals(409, again.status(), again::body);
        assertEquals("wrongState", CloudApi.object(again.body()).getString("error"));
        assertEquals("RUNNING", alice.object(alice.post("cloud/vms/" + vm + "/start", null)).getString("state"));
        assertEquals("RUNNING", alice.object(alice.get("cloud/vms/" + vm)).getString("state"));
        PortalPage resize = alice.post("cloud/vms/" + vm + "/offering",
                "{\"offering\": " + CloudApi.Choice.offering(catalog, "medium") + "}");
        assertEquals(409, resize.status(), "a running server is not resized: " + resize.body());

        long data50 = catalog.getJsonArray("diskOfferings").getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("code").equals("data-50")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        PortalPage added = alice.post("cloud/vms/" + vm + "/volumes", "{\"diskOffering\": " + data50 + "}");
        assertEquals(201, added.status(), added::body);
        JsonObject disk = CloudApi.object(added.body());
        assertEquals(List.of("DATA", 50L, vm), List.of(disk.getString("kind"), disk.getJsonNumber("sizeGb").longValue(),
                disk.getJsonNumber("vmId").longValue()));
        assertEquals(List.of("ROOT", "DATA"), alice.array("cloud/vms/" + vm + "/volumes").getValuesAs(JsonObject.class)
                .stream().map(v -> v.getString("kind")).toList());
        long diskId = disk.getJsonNumber("id").longValue();
        PortalPage snapshot = alice.post("cloud/volumes/" + diskId + "/snapshots", null);
        assertEquals(201, snapshot.status(), snapshot::body);
        long snapshotId = CloudApi.object(snapshot.body()).getJsonNumber("id").longValue();
        assertTrue(alice.array("cloud/vms/" + vm + "/snapshots").getValuesAs(JsonObject.class).stream()
                .anyMatch(s -> s.getJsonNumber("id").longValue() == snapshotId));
        assertEquals(204, alice.delete("cloud/snapshots/" + snapshotId).status());
        assertEquals(409, alice.delete("cloud/volumes/" + diskId).status(), "an attached disk is not deleted");
        JsonObject detached = alice.object(alice.post("cloud/volumes/" + diskId + "/detach", null));
        assertFalse(detached.containsKey("vmId"));
        assertTrue(detached.containsKey("detachedAt"), detached::toString);
        assertTrue(alice.array("cloud/volumes/detached").getValuesAs(JsonObject.class).stream()
                .anyMatch(v -> v.getJsonNumber("id").longValue() == diskId), "listed while detached");
        assertEquals(vm, alice.object(alice.post("cloud/volumes/" + diskId + "/attach", "{\"vm\": " + vm + "}"))
                .getJsonNumber("vmId").longValue(), "attached again");
        assertTrue(alice.array("cloud/volumes/detached").getValuesAs(JsonObject.class).stream()
                .noneMatch(v -> v.getJsonNumber("id").longValue() == diskId), "not listed once attached");
        assertEquals(200, alice.post("cloud/volumes/" + diskId + "/detach", null).status());
        assertEquals(204, alice.delete("cloud/volumes/" + diskId).status());
        assertTrue(alice.array("cloud/volumes/detached").getValuesAs(JsonObject.class).stream()
                .noneMatch(v -> v.getJsonNumber("id").longValue() == diskId), "deleted: listed nowhere");

        JsonObject destroyed = alice.object(alice.post("cloud/vms/" + vm + "/destroy", null));
        assertEquals("DESTROYED", destroyed.getString("state"));
        assertTrue(destroyed.containsKey("expungeAfter"), destroyed::toString);
    }

    @Test
    void aRejectedOrderEndsRejectedAndNeverBecomesAServer() {
        CloudApi alice = new CloudApi(DemoUser.ALICE);
        JsonObject order = alice.order(CloudApi.Choice.of(alice.catalog(), "small"), CloudApi.uniqueName());
        new CloudApi(DemoUser.BOB).decide(order.getString("id"), false);
        JsonObject rejected = alice.awaitOrder(order.getString("id"), o -> !"PENDING_APPROVAL".equals(o.getString("status")));
        assertEquals("REJECTED", rejected.getString("status"));
        assertEquals("bob", rejected.getString("decidedBy"));
        assertFalse(rejected.containsKey("vmId"), rejected::toString);
        assertEquals(Texts.cloudOrder(Locale.ENGLISH, "state.REJECTED"), rejected.getString("statusText"));
    }

    @Test
    void badInputIsA400InTheCallersLanguageAndATakenNameA409() {
        CloudApi alice = new CloudApi(DemoUser.ALICE);
        JsonObject catalog = alice.catalog();
        CloudApi.Choice small = CloudApi.Choice.of(catalog, "small");

        PortalPage badName = alice.post("cloud/orders?lang=de", small.json("Not_a host!"));
        assertProblem(badName, 400, "invalidName", Texts.cloudOrder(Locale.GERMAN, "order.refused.INVALID_NAME", "Not_a host!"));

        PortalPage unknownOffering = alice.post("cloud/orders?lang=fr",
                new CloudApi.Choice(small.zone(), small.template(), 987_654_321L).json(CloudApi.uniqueName()));
        assertProblem(unknownOffering, 400, "notOrderable", Texts.cloudOrder(Locale.FRENCH, "order.refused.NOT_ORDERABLE"));
        PortalPage noZone = alice.post("cloud/orders?lang=en", "{\"template\": " + small.template() + ", \"offering\": "
                + small.offering() + ", \"name\": \"" + CloudApi.uniqueName() + "\"}");
        assertProblem(noZone, 400, "notOrderable", Texts.cloudOrder(Locale.ENGLISH, "order.refused.NOT_ORDERABLE"));

        String custom = Json.createObjectBuilder().add("zone", small.zone()).add("template", small.template())
                .add("offering", CloudApi.Choice.offering(catalog, "custom")).add("name", CloudApi.uniqueName())
                .add("vcpus", 64).add("ramMib", 2048).build().toString();
        PortalPage tooBig = alice.post("cloud/orders?lang=ja", custom);
        assertProblem(tooBig, 400, "invalidInput",
                Texts.cloudOrder(Locale.JAPANESE, "order.refused.INVALID_INPUT.range", "vcpus", 1, 8));
        assertProblem(alice.post("cloud/orders/quote?lang=en", custom), 400, "invalidInput",
                Texts.cloudOrder(Locale.ENGLISH, "order.refused.INVALID_INPUT.range", "vcpus", 1, 8));

        PortalPage notJson = alice.post("cloud/orders?lang=en", "zone=1");
        assertEquals(400, notJson.status(), notJson::body);
        assertEquals("badRequest", CloudApi.object(notJson.body()).getString("error"));

        String name = CloudApi.uniqueName();
        alice.order(small, name);
        PortalPage twice = alice.post("cloud/orders?lang=en", small.json(name));
        assertProblem(twice, 409, "duplicateName", Texts.cloudOrder(Locale.ENGLISH, "order.refused.DUPLICATE_NAME", name));
    }

    private static void assertProblem(PortalPage answer, int status, String error, String message) {
        assertEquals(status, answer.status(), answer::body);
        assertTrue(answer.header("Content-Type").orElse("").startsWith("application/json"), answer::toString);
        JsonObject problem = CloudApi.object(answer.body());
        assertEquals(error, problem.getString("error"), answer::body);
        assertEquals(message, problem.getString("message"));
        assertFalse(answer.body().contains("Exception"), answer::body);
    }
}
