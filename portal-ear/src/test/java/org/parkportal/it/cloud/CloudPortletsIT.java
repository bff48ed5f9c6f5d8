package org.parkportal.it.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parkportal.it.support.DemoUser;
import org.parkportal.it.support.PortalClient;
import org.parkportal.it.support.PortalDeployment;
import org.parkportal.it.support.PortalPage;
import org.parkportal.it.support.Texts;

/**
 * The cloud portlets on /portal/workplace/cloud, as HTML through the portal: alice orders a server through the
 * order form's action and sees it wait for approval; a bad name comes back refused in the reader's language (bob
 * reads German) with everything typed still in the form; once bob has approved alice's order in his inbox and her
 * VM runs, frank of Globex sees none of it, and a stop he forges for her VM's id is refused as not found and
 * changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CloudPortletsIT {

    static final String PAGE = "workplace/cloud";
    static final String ORDER = "cloud-order";
    static final String SERVERS = "cloud-servers";
    private static final Duration PROVISIONING = Duration.ofSeconds(30);
    private static final Pattern CSRF = Pattern.compile("[?&]_csrf=([^&#]+)");

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return PortalDeployment.ear();
    }

    @Test
    void aliceOrdersAServerThatWaitsForHerManager() {
        PortalClient alice = signedIn(DemoUser.ALICE);
        String name = unique();

        PortalPage priced = submitOrderForm(alice, Map.of("name", name), "small", "price");
        Element quote = priced.window(ORDER).selectFirst("[data-quote]");
        assertNotNull(quote, "the price is shown: " + priced.windowText(ORDER));
        assertEquals("true", quote.attr("data-needs-approval"), "every Acme order needs a manager");
        assertTrue(quote.selectFirst("[data-price=monthly]").text().matches(".*\\d.*\\b[A-Z]{3}\\b.*"),
                "a price with its currency: " + quote.text());
        assertEquals(name, priced.window(ORDER).selectFirst("input[name=name]").val(), "the name is kept after pricing");

        PortalPage placed = submitOrderForm(alice, Map.of("name", name), "small", "order");
        Element confirmation = placed.window(ORDER).selectFirst("[data-order-id]");
        assertNotNull(confirmation, "a confirmation: " + placed.windowText(ORDER));
        assertEquals("PENDING_APPROVAL", confirmation.attr("data-status"));
        String orderId = confirmation.attr("data-order-id");
        assertTrue(confirmation.text().contains(orderId) && confirmation.text().contains(name), confirmation.text());

        Element row = orderRow(alice.get(PAGE), orderId);
        assertNotNull(row, "alice's orders list it");
        assertEquals("PENDING_APPROVAL", row.attr("data-status"));
        assertTrue(row.text().contains(Texts.cloud(Locale.ENGLISH, "state.PENDING_APPROVAL")), row.text());
    }

    @Test
    void aBadNameIsRefusedInTheReadersLanguageWithEverythingTypedKept() {
        PortalClient bob = signedIn(DemoUser.BOB);
        String bad = "Bad_Name!" + UUID.randomUUID().toString().substring(0, 4);
        PortalPage refused = submitOrderForm(bob, Map.of("name", bad, "vcpus", "3", "ram", "3072"), "custom", "order");

        Element window = refused.window(ORDER);
        Element outcome = window.selectFirst("[data-outcome=refused]");
        assertNotNull(outcome, "a refusal next to the form: " + refused.windowText(ORDER));
        assertEquals("INVALID_NAME", outcome.attr("data-reason"));
        assertEquals(Texts.cloud(Locale.GERMAN, "order.refused.INVALID_NAME", bad), outcome.text());
        assertEquals(bad, window.selectFirst("input[name=name]").val(), "the name as bob typed it");
        assertEquals("3", window.selectFirst("input[name=vcpus]").val());
        assertEquals("3072", window.selectFirst("input[name=ram]").val());
        assertEquals("custom", window.selectFirst("select[name=offering] option[selected]").attr("data-code"),
                "the offering bob chose");
        assertTrue(refused.windowError(ORDER).isEmpty(), "no error box, no stack trace");
        assertFalse(refused.body().contains("Exception"), "no exception text in the page");
        assertFalse(bob.get(PAGE).windowText(SERVERS).contains(bad), "nothing was ordered");
    }

    @Test
    void frankOfGlobexSeesNoneOfAlicesServerAndCannotStopIt() throws InterruptedException {
        PortalClient alice = signedIn(DemoUser.ALICE);
        String name = unique();
        String orderId = submitOrderForm(alice, Map.of("name", name), "small", "order").window(ORDER)
                .selectFirst("[data-order-id]").attr("data-order-id");
        approveInInbox(signedIn(DemoUser.BOB), orderId);
        Element vm = awaitVm(alice, orderId, "RUNNING");
        String vmId = vm.attr("data-vm-id");
        String stopAction = vm.selectFirst("button[data-op=stop]").closest("form").attr("action");

        PortalClient frank = signedIn(DemoUser.FRANK);
        PortalPage franks = frank.get(PAGE);
        assertTrue(franks.window(SERVERS).select("[data-order-id=\"" + orderId + "\"]").isEmpty(), "no order of alice's");
        assertTrue(franks.window(SERVERS).select("[data-vm-id=\"" + vmId + "\"]").isEmpty(), "no VM of alice's");
        assertFalse(franks.windowText(SERVERS).contains(name), franks.windowText(SERVERS));

        // Alice's own stop form, sent with frank's session token: only the VM's id is alice's.
        String forged = stopAction.replaceFirst("_csrf=[^&#]+", "_csrf=" + csrf(franks));
        PortalPage answer = frank.post(forged, Map.of("vm", vmId, "name", name));
        assertEquals(302, answer.status(), answer::excerpt);
        PortalPage after = frank.follow(answer);
        Element outcome = after.window(SERVERS).selectFirst("[data-outcome=refused]");
        assertNotNull(outcome, after.windowText(SERVERS));
        assertEquals("NOT_FOUND", outcome.attr("data-reason"));
        assertEquals(Texts.cloud(Locale.ITALIAN, "order.refused.NOT_FOUND"), outcome.text(), "frank reads Italian");

        PortalPage opened = frank.get(vm.selectFirst("a[data-op=open]").attr("href"));
        assertNotNull(opened.window(SERVERS).selectFirst("[data-open-refused]"), "her VM's page is not found for frank");
        assertTrue(opened.window(SERVERS).select("[data-opened-vm]").isEmpty());

        assertEquals("RUNNING", vmRow(alice.get(PAGE), orderId).attr("data-state"), "alice's VM still runs");
    }


    @Test
    void aliceRunsHerServerFromMyServersDisksSnapshotsOfferingAndDestroyAfterConfirmation()
            throws InterruptedException {
        PortalClient alice = signedIn(DemoUser.ALICE);
        String name = unique();
        String orderId = submitOrderForm(alice, Map.of("name", name), "small", "order").window(ORDER)
                .selectFirst("[data-order-id]").attr("data-order-id");
        approveInInbox(signedIn(DemoUser.BOB), orderId);
        Element vm = awaitVm(alice, orderId, "RUNNING");
        assertFalse(vm.selectFirst("td[data-label]").text().isBlank(), "the state in words");
        Element order = orderRow(alice.get(PAGE), orderId);
        assertEquals("RUNNING", order.attr("data-status"));
        assertEquals("bob", order.selectFirst("[data-decided-by]").attr("data-decided-by"), "who decided");

        PortalPage stopped = press(alice, alice.get(PAGE), vmRowSelector(orderId) + " button[data-op=stop]", Map.of());
        assertEquals("done", stopped.window(SERVERS).selectFirst(".park-cloud__outcome").attr("data-outcome"));
        assertEquals("STOPPED", vmRow(stopped, orderId).attr("data-state"));

        PortalPage opened = alice.get(vmRow(stopped, orderId).selectFirst("a[data-op=open]").attr("href"));
        assertNotNull(opened.window(SERVERS).selectFirst("[data-opened-vm] button[data-op=changeOffering]"),
                "a stopped server may change its offering");
        String dataDisk = opened.window(SERVERS).selectFirst("form:has(button[data-op=addDisk]) option[data-code=data-50]")
                .attr("value");
        PortalPage withDisk = press(alice, opened, "button[data-op=addDisk]", Map.of("disk", dataDisk));
        assertEquals("done", withDisk.window(SERVERS).selectFirst(".park-cloud__outcome").attr("data-outcome"),
                withDisk.windowText(SERVERS));
        assertEquals(1, withDisk.window(SERVERS).select("[data-opened-vm] tr[data-kind=DATA]").size(),
                "the new data disk is listed, the VM still open");

        PortalPage snapped = press(alice, withDisk, "tr[data-kind=ROOT] button[data-op=snapshot]", Map.of());
        assertEquals(1, snapped.window(SERVERS).select("[data-snapshot-id]").size(), snapped.windowText(SERVERS));

        PortalPage deleted = press(alice, snapped, "tr[data-kind=DATA] button[data-op=deleteDisk]", Map.of());
        assertEquals("done", deleted.window(SERVERS).selectFirst(".park-cloud__outcome").attr("data-outcome"),
                deleted.windowText(SERVERS));
        assertTrue(deleted.window(SERVERS).select("[data-opened-vm] tr[data-kind=DATA]").isEmpty());

        String medium = deleted.window(SERVERS).selectFirst("form:has(button[data-op=changeOffering]) option[data-code=medium]")
                .attr("value");
        PortalPage resized = press(alice, deleted, "button[data-op=changeOffering]", Map.of("offering", medium));
        assertEquals("done", resized.window(SERVERS).selectFirst(".park-cloud__outcome").attr("data-outcome"),
                resized.windowText(SERVERS));

        PortalPage tooBig = press(alice, resized, "button[data-op=addDisk]", Map.of("diskGb", "many"));
        Element refusal = tooBig.window(SERVERS).selectFirst(".park-cloud__outcome");
        assertEquals("refused", refusal.attr("data-outcome"));
        assertEquals(Texts.cloudPortlet("ServersMessages", Locale.ENGLISH, "form.notANumber",
                Texts.cloudPortlet("ServersMessages", Locale.ENGLISH, "field.diskGb")), refusal.text());

        PortalPage asked = alice.get(vmRow(tooBig, orderId).selectFirst("a[data-op=ask-destroy]").attr("href"));
        Element confirm = asked.window(SERVERS).selectFirst("[data-confirm-vm]");
        assertNotNull(confirm, "destroying asks first");
        assertTrue(confirm.text().contains(name), confirm.text());
        assertEquals("STOPPED", vmRow(asked, orderId).attr("data-state"), "asking changed nothing");
        PortalPage destroyed = press(alice, asked, "[data-confirm-vm] button[data-op=destroy]", Map.of());
        assertEquals("DESTROYED", vmRow(destroyed, orderId).attr("data-state"), destroyed.windowText(SERVERS));
        assertTrue(vmRow(destroyed, orderId).select("button").isEmpty(), "nothing left to do with it");
    }

    /** Submits the form of the button found in the servers window (its hidden fields plus the values). */
    private static PortalPage press(PortalClient client, PortalPage page, String button, Map<String, String> values) {
        Element found = page.window(SERVERS).selectFirst(button);
        assertNotNull(found, button + " in " + page.windowText(SERVERS));
        Element form = found.closest("form");
        Map<String, String> fields = new LinkedHashMap<>();
        form.select("input[name]").forEach(i -> fields.put(i.attr("name"), i.val()));
        form.select("select[name]").forEach(s -> fields.put(s.attr("name"), s.selectFirst("option[selected]") != null
                ? s.selectFirst("option[selected]").attr("value") : s.selectFirst("option").attr("value")));
        fields.putAll(values);
        PortalPage answer = client.post(form.attr("action"), fields);
        assertEquals(302, answer.status(), answer::excerpt);
        return client.follow(answer);
    }

    private static String vmRowSelector(String orderId) {
        return "table.park-cloud__vms tr[data-order-id=\"" + orderId + "\"]";
    }

    static String unique() {
        return "it-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static PortalClient signedIn(DemoUser user) {
        PortalClient client = PortalClient.newSession();
        client.signIn(user.uid(), user.password());
        return client;
    }

    /**
     * Fills the order form as shown (first zone and template), picks the compute offering by code, sets the given
     * fields, presses the button {@code op} and follows the redirect.
     */
    static PortalPage submitOrderForm(PortalClient client, Map<String, String> values, String offering, String op) {
        Element form = client.get(PAGE).window(ORDER).selectFirst("form.park-cloud__wizard");
        assertNotNull(form, "the order form");
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element select : form.select("select[name]")) {
            Element chosen = select.selectFirst("option[selected]");
            chosen = chosen != null ? chosen : select.selectFirst("option");
            fields.put(select.attr("name"), chosen == null ? "" : chosen.attr("value"));
        }
        for (Element input : form.select("input[name]")) {
            fields.put(input.attr("name"), input.val());
        }
        Element choice = form.selectFirst("select[name=offering] option[data-code=" + offering + "]");
        assertNotNull(choice, "offering " + offering + " is offered");
        fields.put("offering", choice.attr("value"));
        fields.putAll(values);
        fields.put("op", op);
        PortalPage answer = client.post(form.attr("action"), fields);
        assertEquals(302, answer.status(), answer::excerpt);
        return client.follow(answer);
    }

    static Element orderRow(PortalPage page, String orderId) {
        return page.window(SERVERS).selectFirst("table.park-cloud__orders tr[data-order-id=\"" + orderId + "\"]");
    }

    static Element vmRow(PortalPage page, String orderId) {
        return page.window(SERVERS).selectFirst(vmRowSelector(orderId));
    }

    /** Provisioning runs after the approval commits: reload "My servers" until the VM is in the state (bounded). */
    static Element awaitVm(PortalClient client, String orderId, String state) throws InterruptedException {
        Instant until = Instant.now().plus(PROVISIONING);
        PortalPage page = client.get(PAGE);
        while (Instant.now().isBefore(until)) {
            Element row = vmRow(page, orderId);
            if (row != null && state.equals(row.attr("data-state"))) {
                return row;
            }
            Thread.sleep(500);
            page = client.get(PAGE);
        }
        Element order = orderRow(page, orderId);
        throw new AssertionError("no " + state + " VM for order " + orderId + " within " + PROVISIONING + "; order: "
                + (order == null ? "not listed" : order.text()) + "; servers: " + page.windowText(SERVERS));
    }

    /** The approver opens the order's task in workplace/tasks and approves it. */
    static void approveInInbox(PortalClient approver, String orderId) {
        PortalPage inbox = approver.get("workplace/tasks");
        Element row = inbox.window("tasks-inbox").selectFirst("tr[data-business-key=\"" + orderId + "\"]");
        assertNotNull(row, "the order is in the approver's inbox: " + inbox.windowText("tasks-inbox"));
        PortalPage opened = approver.get(row.selectFirst("a").attr("href"));
        Element button = opened.window("tasks-inbox").selectFirst("section.park-tasks__task button[data-op=complete]");
        assertNotNull(button, opened.windowText("tasks-inbox"));
        Element form = button.closest("form");
        Map<String, String> fields = new LinkedHashMap<>();
        form.select("input[type=hidden]").forEach(i -> fields.put(i.attr("name"), i.attr("value")));
        fields.put("f.decision", "approve");
        PortalPage answer = approver.post(form.attr("action"), fields);
        assertEquals(302, answer.status(), answer::excerpt);
        PortalPage done = approver.follow(answer);
        assertEquals("done", done.window("tasks-inbox").selectFirst("[data-outcome]").attr("data-outcome"),
                done.windowText("tasks-inbox"));
    }

    private static String csrf(PortalPage page) {
        Matcher m = CSRF.matcher(page.formAction(ORDER));
        assertTrue(m.find(), "the portal put its token into the form's action");
        return m.group(1);
    }
}
