package org.parkportal.it.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import jakarta.json.JsonObject;
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
 * changes nothing. A data disk outlives its destroyed VM: alice finds it under "Disks not attached", attaches it to
 * her other server, detaches and deletes it (after a confirmation), and deletes a snapshot; frank neither sees it nor
 * attaches or deletes it with forged forms. The price quote shows the company's limits and marks one passed.
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
        assertForgedRefused(frank, franks, stopAction, Map.of("vm", vmId, "name", name));

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
        assertNull(destroyed.window(SERVERS).selectFirst("[data-confirm-vm]"), "the question is not asked again");
    }

    @Test
    void aDataDiskOutlivesItsServerAndAliceAttachesDetachesAndDeletesItAndASnapshot() {
        CloudApi aliceApi = new CloudApi(DemoUser.ALICE);
        CloudApi bobApi = new CloudApi(DemoUser.BOB);
        JsonObject catalog = aliceApi.catalog();
        CloudApi.Choice small = CloudApi.Choice.of(catalog, "small");
        JsonObject first = aliceApi.runningServer(small, bobApi);
        JsonObject second = aliceApi.runningServer(small, bobApi);
        long firstVm = first.getJsonNumber("vmId").longValue();
        String secondVm = Long.toString(second.getJsonNumber("vmId").longValue());
        long data50 = catalog.getJsonArray("diskOfferings").getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("code").equals("data-50")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        PortalPage added = aliceApi.post("cloud/vms/" + firstVm + "/volumes", "{\"diskOffering\": " + data50 + "}");
        assertEquals(201, added.status(), added::body);
        JsonObject disk = CloudApi.object(added.body());
        String diskId = Long.toString(disk.getJsonNumber("id").longValue());
        String diskName = disk.getString("name");

        PortalClient alice = signedIn(DemoUser.ALICE);
        assertNull(detachedRow(alice.get(PAGE), diskId), "attached: not listed as detached");
        PortalPage asked = alice.get(vmRow(alice.get(PAGE), first.getString("id")).selectFirst("a[data-op=ask-destroy]")
                .attr("href"));
        PortalPage destroyed = press(alice, asked, "[data-confirm-vm] button[data-op=destroy]", Map.of());
        assertEquals("DESTROYED", vmRow(destroyed, first.getString("id")).attr("data-state"));

        Element left = detachedRow(alice.get(PAGE), diskId);
        assertNotNull(left, "the destroyed server's data disk is listed: " + alice.get(PAGE).windowText(SERVERS));
        assertEquals(diskName, left.selectFirst("th").text());
        assertEquals("Park-North", left.select("td").get(1).text(), "its zone by name");
        assertFalse(left.select("td").get(2).text().isBlank(), "since when");
        assertNotNull(left.selectFirst("select[name=vm] option[value=" + secondVm + "]"), "her other server is offered");
        assertNull(left.selectFirst("select[name=vm] option[value=" + firstVm + "]"), "not the destroyed one");
        assertTrue(aliceApi.array("cloud/volumes/detached").getValuesAs(JsonObject.class).stream()
                .anyMatch(v -> v.getJsonNumber("id").toString().equals(diskId)
                        && v.getString("detachedAt", null) != null), "the API lists it with the time");

        // Frank of Globex: not listed, and alice's forms sent with his token (or her confirmation URL) are refused.
        PortalClient frank = signedIn(DemoUser.FRANK);
        PortalPage franks = frank.get(PAGE);
        assertNull(detachedRow(franks, diskId), "frank does not see alice's disk");
        assertFalse(franks.windowText(SERVERS).contains(diskName), franks.windowText(SERVERS));
        String attachAction = left.selectFirst("button[data-op=attach]").closest("form").attr("action");
        assertForgedRefused(frank, franks, attachAction, Map.of("volume", diskId, "vm", secondVm));
        PortalPage confirm = alice.get(left.selectFirst("a[data-op=ask-delete-disk]").attr("href"));
        Element question = confirm.window(SERVERS).selectFirst("[data-confirm-disk=\"" + diskId + "\"]");
        assertNotNull(question, "deleting asks first: " + confirm.windowText(SERVERS));
        assertTrue(question.text().contains(diskName), question.text());
        assertNotNull(detachedRow(confirm, diskId), "asking deleted nothing");
        String deleteAction = question.selectFirst("button[data-op=deleteDetached]").closest("form").attr("action");
        assertForgedRefused(frank, franks, deleteAction, Map.of("volume", diskId));
        PortalPage franksConfirm = frank.get(left.selectFirst("a[data-op=ask-delete-disk]").attr("href"));
        assertTrue(franksConfirm.window(SERVERS).select("[data-confirm-disk]").isEmpty(), "no question for frank");
        assertEquals(Texts.cloud(Locale.ITALIAN, "order.refused.NOT_FOUND"),
                franksConfirm.window(SERVERS).selectFirst("[data-outcome=refused]").text(), "her disk is not found");
        assertTrue(new CloudApi(DemoUser.FRANK).array("cloud/volumes/detached").getValuesAs(JsonObject.class).stream()
                .noneMatch(v -> v.getJsonNumber("id").toString().equals(diskId)), "frank's API list");
        assertNotNull(detachedRow(alice.get(PAGE), diskId), "still alice's, still detached");

        // Alice attaches it to her other server, detaches it there, takes and deletes a snapshot, deletes the disk.
        PortalPage attached = press(alice, alice.get(PAGE), detachedSelector(diskId) + " button[data-op=attach]",
                Map.of("vm", secondVm));
        assertEquals("done", attached.window(SERVERS).selectFirst(".park-cloud__outcome").attr("data-outcome"),
                attached.windowText(SERVERS));
        assertNull(detachedRow(attached, diskId), "attached again: no longer listed");
        PortalPage opened = alice.get(vmRow(attached, second.getString("id")).selectFirst("a[data-op=open]").attr("href"));
        Element onSecond = opened.window(SERVERS).selectFirst("[data-opened-vm] tr[data-volume-id=\"" + diskId + "\"]");
        assertNotNull(onSecond, "the disk is on her other server: " + opened.windowText(SERVERS));

        PortalPage snapped = press(alice, opened, "tr[data-kind=ROOT] button[data-op=snapshot]", Map.of());
        Element snapshot = snapped.window(SERVERS).selectFirst("[data-snapshot-id]");
        assertNotNull(snapshot, snapped.windowText(SERVERS));
        String snapshotId = snapshot.attr("data-snapshot-id");
        PortalPage unsnapped = press(alice, snapped, "[data-snapshot-id=\"" + snapshotId + "\"] button[data-op=deleteSnapshot]",
                Map.of());
        assertEquals("done", unsnapped.window(SERVERS).selectFirst(".park-cloud__outcome").attr("data-outcome"),
                unsnapped.windowText(SERVERS));
        assertTrue(unsnapped.window(SERVERS).select("[data-snapshot-id=\"" + snapshotId + "\"]").isEmpty(),
                "the snapshot is gone, the server still open");

        PortalPage detached = press(alice, unsnapped, "tr[data-volume-id=\"" + diskId + "\"] button[data-op=detach]",
                Map.of());
        assertEquals("done", detached.window(SERVERS).selectFirst(".park-cloud__outcome").attr("data-outcome"),
                detached.windowText(SERVERS));
        assertTrue(detached.window(SERVERS).select("[data-opened-vm] tr[data-volume-id=\"" + diskId + "\"]").isEmpty());
        Element again = detachedRow(detached, diskId);
        assertNotNull(again, "detached: listed again");

        PortalPage sure = alice.get(again.selectFirst("a[data-op=ask-delete-disk]").attr("href"));
        PortalPage deleted = press(alice, sure, "[data-confirm-disk] button[data-op=deleteDetached]", Map.of());
        assertEquals("done", deleted.window(SERVERS).selectFirst(".park-cloud__outcome").attr("data-outcome"),
                deleted.windowText(SERVERS));
        assertTrue(deleted.window(SERVERS).select("[data-confirm-disk]").isEmpty(), "the question is answered");
        assertNull(detachedRow(deleted, diskId), "deleted: listed nowhere");
        assertTrue(aliceApi.array("cloud/volumes/detached").getValuesAs(JsonObject.class).stream()
                .noneMatch(v -> v.getJsonNumber("id").toString().equals(diskId)));
    }

    @Test
    void theQuoteShowsTheCompanysLimitsAndMarksOneTheServerWouldPass() {
        PortalClient frank = signedIn(DemoUser.FRANK);
        Element customDisk = frank.get(PAGE).window(ORDER).selectFirst("select[name=disk] option[data-code=data-custom]");
        assertNotNull(customDisk, "a custom data disk is offered");
        // Globex may hold 500 GB (demo limits): a 1000 GB disk passes that whatever Globex holds already.
        PortalPage priced = submitOrderForm(frank, Map.of("name", unique(), "disk", customDisk.attr("value"),
                "diskGb", "1000"), "small", "price");
        Element quote = priced.window(ORDER).selectFirst("[data-quote]");
        assertNotNull(quote, priced.windowText(ORDER));
        assertEquals("5", quote.selectFirst("tr[data-use=vms]").attr("data-limit"), quote.text());
        assertEquals("16", quote.selectFirst("tr[data-use=vcpus]").attr("data-limit"));
        assertEquals("32768", quote.selectFirst("tr[data-use=ram]").attr("data-limit"));
        assertEquals("500", quote.selectFirst("tr[data-use=storage]").attr("data-limit"));
        Element storage = quote.selectFirst("tr[data-use=storage]");
        assertEquals("true", storage.attr("data-passes"), storage.outerHtml());
        assertEquals(Texts.cloudPortlet("OrderMessages", Locale.ITALIAN, "use.over"),
                storage.selectFirst("[data-over]").text(), "marked in frank's language");
        assertEquals("false", quote.selectFirst("tr[data-use=ram]").attr("data-passes"), "a small server's RAM fits");
        assertEquals(Texts.cloudPortlet("OrderMessages", Locale.ITALIAN, "quote.passesLimits"),
                quote.selectFirst("[data-passes-limits]").text());
        assertEquals("1000", priced.window(ORDER).selectFirst("input[name=diskGb]").val(), "the input is kept");

        PortalPage small = submitOrderForm(signedIn(DemoUser.ALICE), Map.of("name", unique()), "small", "price");
        Element fits = small.window(ORDER).selectFirst("[data-quote]");
        assertEquals("20", fits.selectFirst("tr[data-use=vms]").attr("data-limit"), "acme's limits for alice");
        assertNull(fits.selectFirst("[data-passes-limits]"), "a small server fits: " + fits.text());
        assertTrue(fits.select("tr[data-passes=true]").isEmpty());
    }

    /** Alice's form sent by frank with his own session token: refused as not found, in Italian. */
    private static void assertForgedRefused(PortalClient frank, PortalPage franks, String action,
                                            Map<String, String> fields) {
        String forged = action.replaceFirst("_csrf=[^&#]+", "_csrf=" + csrf(franks));
        PortalPage answer = frank.post(forged, fields);
        assertEquals(302, answer.status(), answer::excerpt);
        PortalPage after = frank.follow(answer);
        Element outcome = after.window(SERVERS).selectFirst("[data-outcome=refused]");
        assertNotNull(outcome, after.windowText(SERVERS));
        assertEquals("NOT_FOUND", outcome.attr("data-reason"));
        assertEquals(Texts.cloud(Locale.ITALIAN, "order.refused.NOT_FOUND"), outcome.text(), "frank reads Italian");
    }

    private static String detachedSelector(String diskId) {
        return "table.park-cloud__detached tr[data-detached-id=\"" + diskId + "\"]";
    }

    private static Element detachedRow(PortalPage page, String diskId) {
        return page.window(SERVERS).selectFirst(detachedSelector(diskId));
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
