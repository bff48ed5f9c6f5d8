package org.parkportal.it.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * Administrators' view of running processes on /portal/admin/processes: an approval is listed where it waits and
 * can be cancelled (the requesting service learns it was cancelled); a failed job shows as an incident that can be
 * retried; people who are not administrators cannot open the page.
 */
class ProcessAdministrationIT extends WithTestPortlets {

    private static final String PAGE = "admin/processes";
    private static final String WINDOW = "admin-processes";

    @Test
    void anAdministratorCancelsAWaitingApprovalAndTheServiceIsTold() {
        String id = "cancel-" + UUID.randomUUID().toString().substring(0, 8);
        var service = new TaskApi.RequestingService(DemoUser.ALICE);
        assertEquals(201, service.request("it-admin", id, "user:bob", false).status());

        PortalClient admin = signedIn(DemoUser.ADMIN);
        PortalPage list = admin.get(PAGE);
        Element row = list.window(WINDOW).selectFirst("tr[data-business-key=" + id + "]");
        assertNotNull(row, "the waiting approval is listed: " + list.windowText(WINDOW));
        assertTrue(row.text().contains("Decide"), "it waits at Decide: " + row.text());

        PortalPage done = submit(admin, row.selectFirst("button[data-op=cancel]").closest("form"),
                Map.of("reason", "Duplicate request"));
        assertEquals("done", done.window(WINDOW).selectFirst("[data-outcome]").attr("data-outcome"));
        assertEquals("CANCELLED", service.approval("it-admin", id).getString("status"));
        assertTrue(new TaskApi(DemoUser.BOB).task(id, "Decide").isEmpty(), "bob's task is gone");
    }

    @Test
    void aFailedJobShowsAsAnIncidentThatCanBeRetried() throws InterruptedException {
        String id = "failing-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(201, new TaskApi.RequestingService(DemoUser.ALICE).startFailingProcess(id).status());

        PortalClient admin = signedIn(DemoUser.ADMIN);
        Element incident = null;
        for (int i = 0; i < 60 && incident == null; i++) {
            PortalPage list = admin.get(admin.get(PAGE).window(WINDOW).selectFirst("a[data-filter=incidents]").attr("href"));
            Element row = list.window(WINDOW).selectFirst("tr[data-business-key=" + id + "]");
            incident = row == null ? null : row.selectFirst(".park-processes__incident");
            if (incident == null) {
                Thread.sleep(1000);
            }
        }
        assertNotNull(incident, "the job ran out of retries and became an incident");
        assertTrue(incident.text().contains("Break"), incident.text());

        PortalPage retried = submit(admin, incident.selectFirst("form"), Map.of());
        assertEquals("done", retried.window(WINDOW).selectFirst("[data-outcome]").attr("data-outcome"));
    }

    @Test
    void peopleWhoAreNotAdministratorsCannotOpenIt() {
        assertEquals(403, signedIn(DemoUser.BOB).get(PAGE).status());
    }

    private static PortalClient signedIn(DemoUser user) {
        PortalClient client = PortalClient.withLanguage("en");
        client.signIn(user.uid(), user.password());
        return client;
    }

    private static PortalPage submit(PortalClient client, Element form, Map<String, String> values) {
        Map<String, String> fields = new LinkedHashMap<>();
        form.select("input[type=hidden]").forEach(i -> fields.put(i.attr("name"), i.attr("value")));
        fields.putAll(values);
        PortalPage answer = client.post(form.attr("action"), fields);
        assertEquals(3, answer.status() / 100, answer::excerpt);
        return client.follow(answer);
    }
}
