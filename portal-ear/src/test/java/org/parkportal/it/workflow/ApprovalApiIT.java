package org.parkportal.it.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parkportal.it.support.DemoUser;
import org.parkportal.it.support.PortalClient;
import org.parkportal.it.support.PortalPage;
import org.parkportal.it.support.PortalUrls;
import org.parkportal.it.support.WithTestPortlets;

/**
 * The approval pattern end to end through the REST API: a service asks, the approver finds the task in
 * GET /api/v1/tasks, claims and completes it, and the service sees the outcome; a rolled-back request or
 * decision leaves nothing half done; the API answers only for the caller.
 */
class ApprovalApiIT extends WithTestPortlets {

    private static final String TYPE = "it-request";

    private static String newId() {
        return "it-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void theManagerFromTheDirectoryApprovesThroughTheApiAndTheServiceSeesIt() {
        String id = newId();
        var service = new TaskApi.RequestingService(DemoUser.ALICE);
        assertEquals(201, service.request(TYPE, id, "manager", false).status());

        TaskApi bob = new TaskApi(DemoUser.BOB);
        JsonObject task = bob.task(id, "Decide").orElseThrow(() -> new AssertionError("bob, alice's manager, has no task"));
        assertEquals("bob", task.getString("assignee"), "the manager named in the directory decides");
        assertTrue(new TaskApi(DemoUser.FRANK).task(id, "Decide").isEmpty(), "frank of Globex does not see it");

        String taskId = task.getString("id");
        assertEquals(200, bob.post("tasks/" + taskId + "/claim", null).status());
        PortalPage done = bob.post("tasks/" + taskId + "/complete", "{\"approved\": true}");
        assertEquals(204, done.status(), done::body);

        JsonObject approval = service.approval(TYPE, id);
        assertEquals("APPROVED", approval.getString("status"));
        assertEquals("bob", approval.getString("decidedBy"));
        assertTrue(bob.task(id, "Decide").isEmpty(), "the decided task has left the inbox");
    }

    @Test
    void aGroupTaskIsOfferedToEveryMemberUntilOneClaimsIt() {
        String id = newId();
        var service = new TaskApi.RequestingService(DemoUser.ALICE);
        assertEquals(201, service.request(TYPE, id, "group:managers", false).status());

        TaskApi bob = new TaskApi(DemoUser.BOB);
        TaskApi frank = new TaskApi(DemoUser.FRANK);
        assertTrue(bob.tasks("my-groups").stream().anyMatch(t -> id.equals(t.asJsonObject().getString("businessKey", null))));
        String taskId = frank.task(id, "Decide").orElseThrow().getString("id");
        assertTrue(new TaskApi(DemoUser.CAROL).task(id, "Decide").isEmpty(), "carol is not a manager");

        assertEquals(200, frank.post("tasks/" + taskId + "/claim", null).status());
        PortalPage late = bob.post("tasks/" + taskId + "/claim", null);
        assertTrue(late.status() == 404 || late.status() == 409, "bob cannot take frank's task: " + late.status());
        assertTrue(bob.task(id, "Decide").isEmpty(), "a claimed group task leaves the others' inboxes");

        assertEquals(204, frank.post("tasks/" + taskId + "/complete", "{\"decision\": \"reject\", \"comment\": \"No budget\"}").status());
        assertEquals("REJECTED", service.approval(TYPE, id).getString("status"));
    }

    @Test
    void sendingBackGivesTheRequesterATaskAndResubmittingReturnsItToTheApprover() {
        String id = newId();
        var service = new TaskApi.RequestingService(DemoUser.ALICE);
        service.request(TYPE, id, "user:bob", false);
        TaskApi bob = new TaskApi(DemoUser.BOB);
        TaskApi alice = new TaskApi(DemoUser.ALICE);
        String decide = bob.task(id, "Decide").orElseThrow().getString("id");
        assertEquals(204, bob.post("tasks/" + decide + "/complete", "{\"decision\": \"rework\", \"comment\": \"Which project?\"}").status());

        String revise = alice.task(id, "Revise request").orElseThrow().getString("id");
        assertEquals(204, alice.post("tasks/" + revise + "/complete", "{\"resubmit\": true, \"comment\": \"Project Atlas\"}").status());
        assertTrue(bob.task(id, "Decide").isPresent(), "the resubmitted request is back with bob");
        assertEquals("PENDING", service.approval(TYPE, id).getString("status"));
    }

    @Test
    void aRequestRolledBackByItsServiceLeavesNeitherAProcessNorARecord() {
        String id = newId();
        var service = new TaskApi.RequestingService(DemoUser.ALICE);
        assertEquals(200, service.request(TYPE, id, "manager", true).status());

        JsonObject approval = service.approval(TYPE, id);
        assertEquals("NONE", approval.getString("status"), "no approval record");
        assertEquals(0, approval.getInt("processes"), "no process instance, running or finished");
        assertTrue(new TaskApi(DemoUser.BOB).task(id, "Decide").isEmpty(), "no task");
        // The same request can be asked again: nothing half-written blocks it.
        assertEquals(201, service.request(TYPE, id, "manager", false).status());
    }

    @Test
    void aDecisionRolledBackLeavesTheTaskOpenAndTheRequestPending() {
        String id = newId();
        var service = new TaskApi.RequestingService(DemoUser.ALICE);
        service.request(TYPE, id, "manager", false);
        TaskApi bob = new TaskApi(DemoUser.BOB);
        String taskId = bob.task(id, "Decide").orElseThrow().getString("id");

        var bobsService = new TaskApi.RequestingService(DemoUser.BOB);
        assertEquals(200, bobsService.decideAndRollBack(taskId, "approve").status());

        assertEquals("PENDING", service.approval(TYPE, id).getString("status"));
        assertTrue(bob.task(id, "Decide").isPresent(), "the task is still open");
        assertEquals(204, bob.post("tasks/" + taskId + "/complete", "{\"approved\": false}").status());
        assertEquals("REJECTED", service.approval(TYPE, id).getString("status"));
    }

    @Test
    void aFormValueThatDoesNotFitIsRefusedPerFieldInTheCallersLanguage() {
        String id = newId();
        new TaskApi.RequestingService(DemoUser.ALICE).request(TYPE, id, "user:bob", false);
        TaskApi bob = new TaskApi(DemoUser.BOB, PortalClient.withLanguage("de"));
        String taskId = bob.task(id, "Decide").orElseThrow().getString("id");

        PortalPage refused = bob.post("tasks/" + taskId + "/complete", "{\"decision\": \"maybe\", \"outcome\": \"approved\"}");
        assertEquals(400, refused.status());
        JsonObject problem = TaskApi.json(refused);
        assertEquals("invalidForm", problem.getString("error"));
        assertEquals("invalid-enum", problem.getJsonObject("fields").getJsonObject("decision").getString("problem"));
        assertEquals("unknown", problem.getJsonObject("fields").getJsonObject("outcome").getString("problem"),
                "only the form's fields can be set, not other process variables");
        assertFalse(problem.getString("message").isBlank());
        assertFalse(problem.getString("message").contains("Exception"));
        assertTrue(bob.task(id, "Decide").isPresent(), "nothing was completed");

        PortalPage notJson = bob.post("tasks/" + taskId + "/complete", "approved=true");
        assertEquals(400, notJson.status());
        assertEquals("badRequest", TaskApi.json(notJson).getString("error"));

        PortalPage badPage = bob.get("tasks?first=abc");
        assertEquals(400, badPage.status(), "a paging number that is not one is bad input, not a missing resource");
        assertEquals("invalidInput", TaskApi.json(badPage).getString("error"));
    }

    @Test
    void theApiAnswersOnlyAuthenticatedCallersAndRefusesForgedRequests() {
        PortalClient anonymous = PortalClient.newSession();
        PortalPage guest = anonymous.get("api/v1/tasks");
        assertEquals(401, guest.status());
        assertTrue(guest.header("WWW-Authenticate").orElse("").startsWith("Basic"));

        PortalPage wrong = anonymous.send(anonymous.request(PortalUrls.portal("api/v1/tasks"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("bob:wrong".getBytes())).GET());
        assertEquals(401, wrong.status());

        String id = newId();
        new TaskApi.RequestingService(DemoUser.ALICE).request(TYPE, id, "user:bob", false);
        PortalClient bobsBrowser = PortalClient.newSession();
        bobsBrowser.signIn("bob", "bob-Demo1");
        TaskApi bobBySession = new TaskApi(DemoUser.BOB);
        String taskId = bobBySession.task(id, "Decide").orElseThrow().getString("id");
        PortalPage listed = bobsBrowser.get("api/v1/tasks");
        assertEquals(200, listed.status(), "the portal session is enough to read");
        PortalPage forged = bobsBrowser.send(bobsBrowser.request(PortalUrls.portal("api/v1/tasks/" + taskId + "/claim"))
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(403, forged.status(), "a change with the session cookie needs the CSRF token");
        assertEquals("csrf", TaskApi.json(forged).getString("error"));

        PortalPage crossSite = new TaskApi(DemoUser.BOB).http().send(new TaskApi(DemoUser.BOB).basicRequest(
                "tasks/" + taskId + "/claim").header("Origin", "https://evil.example").POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(403, crossSite.status(), "Basic credentials a browser resends from another site are refused");

        assertEquals(404, new TaskApi(DemoUser.FRANK).post("tasks/" + taskId + "/claim", null).status(),
                "another user's task is not found, not merely forbidden");
    }
}
