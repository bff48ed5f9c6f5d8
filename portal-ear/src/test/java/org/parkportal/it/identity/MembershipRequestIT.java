package org.parkportal.it.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parkportal.it.support.PortalClient;
import org.parkportal.it.support.PortalDeployment;
import org.parkportal.it.support.PortalPage;
import org.parkportal.it.support.PortalUrls;

/**
 * Self-service group membership, the portal's own requesting service for approvals: a person asks to join a group
 * on their profile, their manager from the directory approves in the task inbox's REST API, the person is added to
 * the group and their profile shows the decision. Groups that grant power cannot be asked for.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MembershipRequestIT {

    private static final String WINDOW = "workplace-profile";

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return PortalDeployment.ear();
    }

    @Test
    void theManagerApprovesAndThePersonBecomesAMember() throws Exception {
        try (TestPerson mia = TestPerson.create("it-mia", "mia-Secret1").reportingTo("bob")) {
            PortalClient browser = PortalClient.withLanguage("en");
            browser.signIn(mia.uid(), mia.password());
            PortalPage asked = ask(browser, "content-editors", "Writing the newsletter");
            assertTrue(asked.window(WINDOW).selectFirst(".park-identity-notice").text().contains("content-editors"));
            assertEquals("PENDING", row(asked, "content-editors").attr("data-status"));

            JsonObject task = bobsTasks().stream().map(JsonValue::asJsonObject)
                    .filter(t -> t.getString("businessKey", "").startsWith("content-editors/it-mia/"))
                    .findFirst().orElseThrow(() -> new AssertionError("bob, mia's manager, has no task"));
            assertTrue(task.getString("subject").contains("Writing the newsletter"));
            assertEquals(204, asBob(PortalClient.newSession(), "tasks/" + task.getString("id") + "/complete",
                    "{\"approved\": true}").status());

            assertTrue(mia.memberOf("content-editors"), "the approval added mia to the group");
            PortalPage after = browser.get("workplace");
            assertEquals("APPROVED", row(after, "content-editors").attr("data-status"));
            assertTrue(row(after, "content-editors").text().contains("bob"), "decided by bob");
            // Told so as well: the decision commits before the answer, and the notification right after it.
            PortalClient http = PortalClient.newSession();
            PortalPage notes = http.send(http.request(PortalUrls.portal("api/v1/notifications?lang=en"))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            (mia.uid() + ":" + mia.password()).getBytes(StandardCharsets.UTF_8))).GET());
            assertEquals(200, notes.status(), notes::body);
            assertTrue(Json.createReader(new StringReader(notes.body())).readArray().stream()
                    .map(JsonValue::asJsonObject).anyMatch(n -> "membership.APPROVED".equals(n.getString("key"))
                            && n.getString("text").equals("Your request to join the group content-editors was "
                            + "approved by bob.") && "workplace".equals(n.getString("link"))), notes.body());
        }
    }

    @Test
    void groupsThatGrantPowerCannotBeAskedFor() throws Exception {
        try (TestPerson max = TestPerson.create("it-max", "max-Secret1").reportingTo("bob")) {
            PortalClient browser = PortalClient.withLanguage("en");
            browser.signIn(max.uid(), max.password());
            PortalPage profile = browser.get("workplace");
            assertTrue(profile.window(WINDOW).select(".park-profile__membership option[value=portal-admins]").isEmpty());

            PortalPage refused = post(browser, profile, Map.of("group", "portal-admins", "reason", "please"));
            assertTrue(refused.window(WINDOW).selectFirst(".park-identity-notice").hasClass("portlet-msg-error"));
            assertTrue(refused.window(WINDOW).select("tr[data-group=portal-admins]").isEmpty(), "no request was made");
            assertFalse(max.memberOf("portal-admins"));
        }
    }

    private static PortalPage ask(PortalClient browser, String group, String reason) {
        return post(browser, browser.get("workplace"), Map.of("group", group, "reason", reason));
    }

    private static PortalPage post(PortalClient browser, PortalPage profile, Map<String, String> fields) {
        Element form = profile.window(WINDOW).selectFirst("form.park-profile__membership");
        assertNotNull(form, "the profile offers membership requests: " + profile.windowText(WINDOW));
        PortalPage answer = browser.post(form.attr("action"), fields);
        assertEquals(3, answer.status() / 100, answer::excerpt);
        return browser.follow(answer);
    }

    private static Element row(PortalPage page, String group) {
        Element row = page.window(WINDOW).selectFirst("tr[data-group=" + group + "]");
        assertNotNull(row, "the request is listed: " + page.windowText(WINDOW));
        return row;
    }

    private static jakarta.json.JsonArray bobsTasks() {
        PortalClient client = PortalClient.newSession();
        PortalPage answer = client.send(basic(client.request(PortalUrls.portal("api/v1/tasks"))).GET());
        assertEquals(200, answer.status(), answer::body);
        return Json.createReader(new StringReader(answer.body())).readArray();
    }

    private static PortalPage asBob(PortalClient client, String path, String json) {
        return client.send(basic(client.request(PortalUrls.portal("api/v1/" + path)))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private static HttpRequest.Builder basic(HttpRequest.Builder request) {
        return request.header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString("bob:bob-Demo1".getBytes(StandardCharsets.UTF_8)));
    }
}
