package org.parkportal.it.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.parkportal.it.support.DemoUser;
import org.parkportal.it.support.PortalClient;
import org.parkportal.it.support.PortalPage;
import org.parkportal.it.support.WithTestPortlets;

/**
 * The task inbox portlet on /portal/workplace/tasks: the approver finds the request, opens it (form from the model,
 * diagram with the current step), claims and decides it, and the requesting service sees the decision; mistakes
 * in the form come back per field with what was typed; dates, comments and the standing filters work; a task of
 * someone else cannot be opened by its URL.
 */
class TaskInboxPortletIT extends WithTestPortlets {

    private static final String PAGE = "workplace/tasks";
    private static final String WINDOW = "tasks-inbox";
    private static final String TYPE = "it-inbox";

    private static String request(DemoUser requester, String approver) {
        String id = "inbox-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(201, new TaskApi.RequestingService(requester).request(TYPE, id, approver, false).status());
        return id;
    }

    @Test
    void theManagerDecidesFromTheInboxAndTheRequestingServiceSeesTheDecision() {
        String id = request(DemoUser.ALICE, "manager");
        PortalClient bob = signedIn(DemoUser.BOB);
        PortalPage inbox = bob.get(PAGE);
        Element row = inbox.window(WINDOW).selectFirst("tr[data-business-key=" + id + "]");
        assertNotNull(row, "bob's inbox lists alice's request: " + inbox.windowText(WINDOW));
        assertTrue(row.text().contains("Test request " + id), "with its subject");

        PortalPage opened = bob.get(row.selectFirst("a").attr("href"));
        Element task = opened.window(WINDOW).selectFirst("section.park-tasks__task");
        assertNotNull(task);
        assertEquals(3, task.select("[data-field=decision] input[type=radio]").size(), "the model's three decisions");
        assertNotNull(task.selectFirst("[data-field=comment] textarea"));
        assertNotNull(task.selectFirst("svg [data-step=decide][data-active=true]"), "the diagram marks the current step");
        assertEquals("bob", task.selectFirst("[data-assignee]").attr("data-assignee"),
                "the manager is the assignee");

        PortalPage done = submit(bob, opened, "complete", Map.of("f.decision", "approve", "f.comment", "Go ahead"));
        assertEquals("done", done.window(WINDOW).selectFirst("[data-outcome]").attr("data-outcome"), done.windowText(WINDOW));
        assertEquals("APPROVED", new TaskApi.RequestingService(DemoUser.ALICE).approval(TYPE, id).getString("status"));
        assertTrue(bob.get(PAGE).window(WINDOW).select("tr[data-business-key=" + id + "]").isEmpty(),
                "the decided task has left the list");
    }

    @Test
    void aFormWithoutADecisionComesBackWithTheFieldMarkedAndTheCommentKept() {
        String id = request(DemoUser.ALICE, "user:bob");
        PortalClient bob = signedIn(DemoUser.BOB);
        PortalPage opened = open(bob, id);

        PortalPage refused = submit(bob, opened, "complete", Map.of("f.comment", "Half-written thoughts"));
        Element window = refused.window(WINDOW);
        assertEquals("refused", window.selectFirst("[data-outcome]").attr("data-outcome"));
        assertNotNull(window.selectFirst("[data-error-for=decision]"), "the decision is marked");
        assertEquals("Half-written thoughts", window.selectFirst("[data-field=comment] textarea").text(),
                "what bob typed is still there");
        assertEquals("PENDING", new TaskApi.RequestingService(DemoUser.ALICE).approval(TYPE, id).getString("status"));
    }

    @Test
    void aGroupMemberClaimsUnclaimsCommentsAndSetsDatesAndTheFiltersFollow() {
        String id = request(DemoUser.ALICE, "group:managers");
        PortalClient frank = signedIn(DemoUser.FRANK);
        assertTrue(filterHas(frank, "my-groups", id), "offered to frank's group");
        assertFalse(filterHas(frank, "mine", id), "not yet frank's own");

        PortalPage opened = open(frank, id);
        PortalPage claimed = submit(frank, opened, "claim", Map.of());
        assertEquals("frank", claimed.window(WINDOW).selectFirst("[data-assignee]").attr("data-assignee"));
        assertTrue(filterHas(frank, "mine", id));

        String yesterday = LocalDate.now().minusDays(1).toString();
        PortalPage dated = submit(frank, claimed, "schedule", Map.of("due", yesterday, "followUp", ""));
        assertEquals("done", dated.window(WINDOW).selectFirst("[data-outcome]").attr("data-outcome"));
        assertTrue(filterHas(frank, "overdue", id), "due yesterday: overdue");

        PortalPage commented = submit(frank, dated, "comment", Map.of("comment", "<b>Checking the budget</b>"));
        Element comment = commented.window(WINDOW).selectFirst(".park-tasks__comment");
        assertNotNull(comment);
        assertTrue(comment.text().contains("<b>Checking the budget</b>"), "shown as text, escaped: " + comment.html());

        PortalPage unclaimed = submit(frank, commented, "unclaim", Map.of());
        assertEquals("", unclaimed.window(WINDOW).selectFirst("[data-assignee]").attr("data-assignee"));
        assertTrue(filterHas(signedIn(DemoUser.BOB), "my-groups", id), "back with the whole group");
    }

    @Test
    void someoneElsesTaskCannotBeOpenedByItsAddress() {
        String id = request(DemoUser.ALICE, "user:bob");
        PortalClient bob = signedIn(DemoUser.BOB);
        String address = bob.get(PAGE).window(WINDOW).selectFirst("tr[data-business-key=" + id + "] a").attr("href");

        PortalPage carols = signedIn(DemoUser.CAROL).get(address);
        assertEquals(200, carols.status());
        assertNotNull(carols.window(WINDOW).selectFirst(".park-tasks__missing"), "carol is told it is not in her inbox");
        assertTrue(carols.window(WINDOW).select("section.park-tasks__task").isEmpty(), "and sees nothing of it");
        assertFalse(carols.windowText(WINDOW).contains("Test request " + id));
    }

    private static PortalClient signedIn(DemoUser user) {
        PortalClient client = PortalClient.newSession();
        client.signIn(user.uid(), user.password());
        return client;
    }

    private static PortalPage open(PortalClient client, String businessKey) {
        Element row = client.get(PAGE).window(WINDOW).selectFirst("tr[data-business-key=" + businessKey + "]");
        assertNotNull(row, "the task is listed");
        return client.get(row.selectFirst("a").attr("href"));
    }

    private static boolean filterHas(PortalClient client, String filter, String businessKey) {
        PortalPage inbox = client.get(PAGE);
        String url = inbox.window(WINDOW).selectFirst("a[data-filter=" + filter + "]").attr("href");
        return !client.get(url).window(WINDOW).select("tr[data-business-key=" + businessKey + "]").isEmpty();
    }

    /** Submits the task panel's form of an operation (its hidden fields plus the given values), following the redirect. */
    private static PortalPage submit(PortalClient client, PortalPage page, String op, Map<String, String> values) {
        Element button = page.window(WINDOW).selectFirst("section.park-tasks__task button[data-op=" + op + "]");
        assertNotNull(button, "the task offers " + op + ": " + page.windowText(WINDOW));
        Element form = button.closest("form");
        Map<String, String> fields = new LinkedHashMap<>();
        form.select("input[type=hidden]").forEach(i -> fields.put(i.attr("name"), i.attr("value")));
        fields.putAll(values);
        PortalPage answer = client.post(form.attr("action"), fields);
        assertEquals(3, answer.status() / 100, answer::excerpt);
        return client.follow(answer);
    }
}
