package org.parkportal.it.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.parkportal.it.support.AuditView;
import org.parkportal.it.support.DemoUser;
import org.parkportal.it.support.PageSets;
import org.parkportal.it.support.PortalClient;
import org.parkportal.it.support.PortalPage;
import org.parkportal.it.support.Texts;
import org.parkportal.it.support.WithTestPortlets;

/**
 * The operators' company limits (cloud-admin/limits on admin/cloud) through the real portal, EJBs, LDAP and
 * database, seen where they bite: ordering through /api/v1. A limit lowered to what Globex holds refuses frank's next
 * order with the limit named, and raised by one lets it pass; a threshold above a small server's price approves
 * alice's order at once; alice herself is refused the page, the action and the service.
 */
class TenantLimitsIT extends WithTestPortlets {

    private static final String PAGE = "admin/cloud";
    private static final String LIMITS = "admin-cloud-limits";
    private static final String BUNDLE = "TenantLimitsMessages";

    @Test
    void aLimitLoweredToWhatGlobexHoldsRefusesTheNextOrderAndRaisedAgainLetsItPass() {
        PortalClient admin = signedIn(DemoUser.ADMIN);
        PortalPage page = admin.get(PAGE);
        assertEquals(200, page.status(), page::excerpt);
        Element vms = page.window(LIMITS).selectFirst("tr[data-tenant=globex] td[data-figure=vms]");
        assertNotNull(vms, page::excerpt);
        long held = Long.parseLong(vms.attr("data-held"));
        String before = vms.attr("data-limit");
        String globex = page.window(LIMITS).selectFirst("tr[data-tenant=globex] th").text();
        CloudApi frank = new CloudApi(DemoUser.FRANK);
        CloudApi.Choice small = southSmall(frank.catalog());

        // Bad input first: refused in words, what was typed kept, nothing changed.
        PortalPage refused = submit(admin, page, "globex", Map.of("maxVms", "-2"));
        Element notice = notice(refused);
        assertEquals("order.refused.INVALID_LIMIT", notice.attr("data-notice"));
        assertEquals(Texts.cloud(Locale.ENGLISH, "order.refused.INVALID_LIMIT",
                Texts.cloud(Locale.ENGLISH, "order.quota.VMS")), notice.text());
        assertEquals("-2", form(refused, "globex").selectFirst("input[name=maxVms]").attr("value"));
        assertEquals(before, limitCell(refused, "globex", "vms").attr("data-limit"), "nothing changed");

        String name = CloudApi.uniqueName();
        try {
            PortalPage lowered = submit(admin, admin.get(PAGE), "globex", Map.of("maxVms", String.valueOf(held)));
            assertEquals(Texts.cloudAdmin(BUNDLE, Locale.ENGLISH, "limits.changed", globex), notice(lowered).text());
            assertEquals(String.valueOf(held), limitCell(lowered, "globex", "vms").attr("data-limit"));

            PortalPage answer = frank.post("cloud/orders?lang=en", small.json(name));
            assertEquals(409, answer.status(), answer::body);
            JsonObject problem = CloudApi.object(answer.body());
            assertEquals("quotaExceeded", problem.getString("error"), answer::body);
            assertEquals(Texts.cloud(Locale.ENGLISH, "order.refused.QUOTA_EXCEEDED",
                    Texts.cloud(Locale.ENGLISH, "order.quota.VMS"), held, 1L, held), problem.getString("message"));

            // Room for one more (the demo's own limit may already be full when other tests ordered before).
            PortalPage raised = submit(admin, admin.get(PAGE), "globex", Map.of("maxVms", String.valueOf(held + 1)));
            assertEquals(String.valueOf(held + 1), limitCell(raised, "globex", "vms").attr("data-limit"));
            JsonObject order = frank.order(small, name);
            assertEquals(name, order.getString("name"));
            destroyOnceRunning(frank, order);
        } finally {
            submit(admin, admin.get(PAGE), "globex", Map.of("maxVms", before));
        }
        assertEquals(before, limitCell(admin.get(PAGE), "globex", "vms").attr("data-limit"));

        // The accepted changes are in the audit log under the tenant's limits; the refused one left nothing.
        List<List<String>> entries = audit(admin, "tenant-limits:globex");
        assertTrue(entries.size() >= 3, entries::toString);
        assertEquals(List.of("admin", Texts.audit(Locale.ENGLISH, "action.CLOUD_INVENTORY_CHANGED"),
                "tenant-limits:globex"), entries.get(2).subList(1, 4));
        assertTrue(entries.get(2).get(4).startsWith("max VMs " + held + ","), entries::toString);
        assertTrue(entries.get(1).get(4).startsWith("max VMs " + (held + 1) + ","), entries::toString);
    }

    @Test
    void aThresholdAboveASmallServersPriceApprovesAlicesOrderAtOnce() {
        PortalClient admin = signedIn(DemoUser.ADMIN);
        CloudApi alice = new CloudApi(DemoUser.ALICE);
        CloudApi bob = new CloudApi(DemoUser.BOB);
        CloudApi.Choice small = CloudApi.Choice.of(alice.catalog(), "small");
        String name = CloudApi.uniqueName();
        JsonObject quote = alice.object(alice.post("cloud/orders/quote", small.json(name)));
        assertTrue(quote.getBoolean("needsApproval"), "acme approves no order at once yet: " + quote);
        BigDecimal above = new BigDecimal(quote.getString("monthly")).add(BigDecimal.ONE);

        JsonObject order;
        try {
            PortalPage set = submit(admin, admin.get(PAGE), "acme", Map.of("autoApproveBelow", above.toPlainString()));
            assertEquals("limits.changed", notice(set).attr("data-notice"), () -> set.window(LIMITS).text());
            assertEquals(0, above.compareTo(new BigDecimal(limitCell(set, "acme", "approval").attr("data-limit"))));

            order = alice.order(small, name);
            assertEquals("APPROVED", order.getString("status"), order::toString);
            assertTrue(bob.approvalTask(order.getString("id")).isEmpty(), "no task for bob");
        } finally {
            PortalPage none = submit(admin, admin.get(PAGE), "acme", Map.of("autoApproveBelow", ""));
            assertEquals("", limitCell(none, "acme", "approval").attr("data-limit"));
            assertEquals(Texts.cloudAdmin(BUNDLE, Locale.ENGLISH, "approval.manager"),
                    limitCell(none, "acme", "approval").text());
        }
        assertTrue(alice.object(alice.post("cloud/orders/quote", small.json(CloudApi.uniqueName())))
                .getBoolean("needsApproval"), "back to a manager's approval");
        destroyOnceRunning(alice, order);
    }

    @Test
    void aliceIsRefusedThePageTheActionAndTheService() {
        PortalClient alice = signedIn(DemoUser.ALICE);
        assertEquals(403, alice.get(PAGE).status());
        assertFalse(alice.catalogue().contains("cloud-admin/limits"));

        PortalClient admin = signedIn(DemoUser.ADMIN);
        Element adminsForm = form(admin.get(PAGE), "acme");
        Map<String, String> fields = fields(adminsForm);
        fields.put("maxVms", "0");
        String limitBefore = limitCell(admin.get(PAGE), "acme", "vms").attr("data-limit");
        String forged = adminsForm.attr("action").replaceAll("_csrf=[^&]*", "_csrf=" + csrfToken(alice.get("workplace")));
        assertEquals(403, alice.post(forged, fields).status());

        // With a page of her own showing the portlet, the back office still refuses her, in words.
        OperatorPortletPage.importFor("alice", "it-limits", "Limits", "it-limits", "cloud-admin/limits");
        try {
            PortalPage hers = OperatorPortletPage.refusedOn(alice, "it-limits", "it-limits");
            String notAllowed = Texts.cloud(Locale.ENGLISH, "inventory.refused.NOT_ALLOWED");
            String action = adminsForm.attr("action").replace(PAGE, "it-limits").replace(LIMITS, "it-limits")
                    .replaceAll("_csrf=[^&]*", "_csrf=" + csrfToken(hers));
            PortalPage answer = alice.post(action, fields);
            assertEquals(302, answer.status(), "the portal lets her window act: " + answer.excerpt());
            PortalPage after = alice.follow(answer);
            Element refusal = after.window("it-limits").selectFirst(".park-cloud__notice");
            assertNotNull(refusal, after::excerpt);
            assertEquals("inventory.refused.NOT_ALLOWED", refusal.attr("data-notice"));
            assertEquals(notAllowed, refusal.text(), "the back office refused the change");
            assertEquals(limitBefore, limitCell(admin.get(PAGE), "acme", "vms").attr("data-limit"), "nothing changed");
        } finally {
            PageSets.importOrFail("""
                    {"pages":[{"name":"it-limits","title":"Limits","hidden":true,"grants":{},"windows":[]}],
                     "portlets":[{"portlet":"cloud-admin/limits","grants":{"view":["group:portal-admins","group:it-ops"]}}]}
                    """);
        }
    }

    // ---------------------------------------------------------------- helpers

    /** Globex's zone (Park-South), Debian, the small offering, from frank's catalogue. */
    private static CloudApi.Choice southSmall(JsonObject catalog) {
        long zone = catalog.getJsonArray("zones").getValuesAs(JsonObject.class).stream()
                .filter(z -> z.getString("name").equals("Park-South")).findFirst()
                .orElseThrow(() -> new AssertionError("no Park-South: " + catalog)).getJsonNumber("id").longValue();
        long template = catalog.getJsonArray("templates").getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("name").startsWith("Debian") && t.getJsonNumber("zoneId").longValue() == zone)
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        return new CloudApi.Choice(zone, template, CloudApi.Choice.offering(catalog, "small"));
    }

    /** Leaves the tenant holding what it held: the server is destroyed once it runs. */
    private static void destroyOnceRunning(CloudApi owner, JsonObject order) {
        JsonObject running = owner.awaitOrder(order.getString("id"), o -> "RUNNING".equals(o.getString("status")));
        JsonObject destroyed = owner.object(owner.post("cloud/vms/" + running.getJsonNumber("vmId").longValue()
                + "/destroy", null));
        assertEquals("DESTROYED", destroyed.getString("state"));
    }

    private static Element limitCell(PortalPage page, String tenant, String figure) {
        Element cell = page.window(LIMITS).selectFirst("tr[data-tenant=" + tenant + "] td[data-figure=" + figure + "]");
        assertNotNull(cell, page::excerpt);
        return cell;
    }

    private static Element form(PortalPage page, String tenant) {
        Element form = page.window(LIMITS).selectFirst("form.park-cloud__limits-form[data-tenant=" + tenant + "]");
        assertNotNull(form, page::excerpt);
        return form;
    }

    private static Map<String, String> fields(Element form) {
        Map<String, String> fields = new HashMap<>();
        form.select("input[type=hidden], input[type=text]").forEach(i -> fields.put(i.attr("name"), i.attr("value")));
        return fields;
    }

    /** Sends the tenant's form as shown (its current limits), changed by {@code values}. */
    private static PortalPage submit(PortalClient client, PortalPage page, String tenant, Map<String, String> values) {
        assertEquals(200, page.status(), page::excerpt);
        Element element = form(page, tenant);
        Map<String, String> fields = fields(element);
        fields.putAll(values);
        PortalPage answer = client.post(element.attr("action"), fields);
        assertEquals(302, answer.status(), answer::excerpt);
        PortalPage after = client.follow(answer);
        assertEquals(200, after.status(), after::excerpt);
        return after;
    }

    private static Element notice(PortalPage page) {
        Element notice = page.window(LIMITS).selectFirst(".park-cloud__notice");
        assertNotNull(notice, () -> page.window(LIMITS).text());
        return notice;
    }

    /** The audit log's entries whose target or detail holds {@code text}, newest first, as the audit portlet shows. */
    private static List<List<String>> audit(PortalClient admin, String text) {
        return AuditView.entries(admin, "CLOUD_INVENTORY_CHANGED", text);
    }

    private static String csrfToken(PortalPage page) {
        Element token = page.document().selectFirst("input[name=_csrf]");
        assertNotNull(token, page::excerpt);
        return token.attr("value");
    }

    private static PortalClient signedIn(DemoUser user) {
        PortalClient client = PortalClient.newSession();
        client.signIn(user.uid(), user.password());
        return client;
    }
}
