package org.parkportal.it.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parkportal.it.support.AuditView;
import org.parkportal.it.support.DemoUser;
import org.parkportal.it.support.PageSets;
import org.parkportal.it.support.PortalClient;
import org.parkportal.it.support.PortalDeployment;
import org.parkportal.it.support.PortalPage;
import org.parkportal.it.support.Texts;

/**
 * The catalogue portlet on admin/cloud through the real portal, EJBs, LDAP and database: an operator creates a
 * compute offering for globex only, refused (naming the billing item) until billing's rate plans price both its
 * items; frank sees it in his /api/v1 catalogue, alice only once it is opened to acme; retired, nobody may order it.
 * Bad input is refused in the operator's language with the input kept and nothing created; the inventory's zone
 * form changes a zone; alice is refused the page and, with a page of her own, the back office refuses her.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CatalogueAdministrationIT {

    private static final String PAGE = "admin/cloud";
    private static final String CATALOGUE = "admin-cloud-catalogue";
    private static final String INVENTORY = "admin-cloud-inventory";
    private static final String RATE_PLANS = "admin-rate-plans";

    @Deployment(name = "portal", testable = false)
    static EnterpriseArchive portal() {
        return PortalDeployment.ear();
    }

    @Test
    void anOfferingForGlobexIsOrderableOnlyOncePricedAndNoLongerOnceRetired() {
        PortalClient admin = signedIn(DemoUser.ADMIN);
        String code = "it-" + unique();
        Map<String, String> offering = Map.of("code", code, "name", "IT " + code, "size", "fixed", "vcpus", "2",
                "ramMib", "4096", "mhzPerVcpu", "2000", "tenants", "globex");

        // Neither billing item has a rate plan: refused, naming the first, with what was typed kept.
        PortalPage refused = submit(admin, admin.get(PAGE), CATALOGUE, "form.park-cloud__create-compute", offering);
        Element notice = notice(refused, CATALOGUE);
        assertEquals("catalogue.refused.UNPRICED_ITEM", notice.attr("data-notice"));
        assertEquals(Texts.cloud(Locale.ENGLISH, "catalogue.refused.UNPRICED_ITEM", "vm.running." + code), notice.text());
        Element kept = refused.window(CATALOGUE).selectFirst("form.park-cloud__create-compute");
        assertEquals(code, kept.selectFirst("input[name=code]").attr("value"));
        assertEquals("globex", kept.selectFirst("input[name=tenants]").attr("value"));
        assertTrue(row(refused, "COMPUTE", code) == null, "nothing created");

        // Priced from tomorrow (billing takes no price for today): running hours first, then allocated hours.
        price(admin, "vm.running." + code, "RUNNING_VM");
        PortalPage half = submit(admin, admin.get(PAGE), CATALOGUE, "form.park-cloud__create-compute", offering);
        assertEquals(Texts.cloud(Locale.ENGLISH, "catalogue.refused.UNPRICED_ITEM", "vm.allocated." + code),
                notice(half, CATALOGUE).text());
        price(admin, "vm.allocated." + code, "ALLOCATED_VM");
        PortalPage created = submit(admin, admin.get(PAGE), CATALOGUE, "form.park-cloud__create-compute", offering);
        assertEquals(Texts.cloudAdmin("CatalogueMessages", Locale.ENGLISH, "compute.created", code),
                notice(created, CATALOGUE).text());
        Element row = row(created, "COMPUTE", code);
        assertNotNull(row, created::excerpt);
        assertEquals(List.of("globex", "false"), List.of(row.attr("data-tenants"), row.attr("data-retired")));
        assertTrue(row.text().contains("vm.running." + code) && row.text().contains("vm.allocated." + code), row::text);

        CloudApi frank = new CloudApi(DemoUser.FRANK);
        CloudApi alice = new CloudApi(DemoUser.ALICE);
        assertTrue(offers(frank, code), "globex may order it");
        assertFalse(offers(alice, code), "acme may not");

        // Opened to acme as well.
        PortalPage opened = submit(admin, created, CATALOGUE, rowSelector("COMPUTE", code) + " form.park-cloud__visibility",
                Map.of("tenants", "globex, acme"));
        assertEquals("visibility.changed", notice(opened, CATALOGUE).attr("data-notice"));
        assertEquals("acme, globex", row(opened, "COMPUTE", code).attr("data-tenants"));
        assertTrue(offers(alice, code), "acme now may");

        // Retired: still listed for the operators, orderable by nobody.
        PortalPage retired = submit(admin, opened, CATALOGUE, rowSelector("COMPUTE", code) + " form.park-cloud__retire",
                Map.of());
        assertEquals(Texts.cloudAdmin("CatalogueMessages", Locale.ENGLISH, "item.retired", code),
                notice(retired, CATALOGUE).text());
        Element gone = row(retired, "COMPUTE", code);
        assertEquals("true", gone.attr("data-retired"));
        assertTrue(gone.select("form").isEmpty(), "nothing more to change on a retired item");
        assertFalse(offers(frank, code), "retired: globex may no longer order it");
        assertFalse(offers(alice, code), "nor acme");

        // Each accepted change is in the audit log under the offering; the refusals are not.
        assertEquals(List.of("offering:" + code, "offering:" + code, "offering:" + code),
                auditTargets(admin, code));
    }

    @Test
    void badInputIsRefusedInTheOperatorsLanguageWithTheInputKeptAndNothingCreated() {
        // dave (it-ops) reads the portal in Chinese.
        PortalClient dave = signedIn(DemoUser.DAVE);
        String code = "it-" + unique();
        PortalPage refused = submit(dave, dave.get(PAGE), CATALOGUE, "form.park-cloud__create-compute",
                Map.of("code", code, "name", "Two", "size", "fixed", "vcpus", "two", "ramMib", "4096",
                        "mhzPerVcpu", "2000"));
        Element notice = notice(refused, CATALOGUE);
        assertEquals("inventory.refused.INVALID_CAPACITY", notice.attr("data-notice"));
        assertEquals(Texts.cloud(Locale.SIMPLIFIED_CHINESE, "inventory.refused.INVALID_CAPACITY"), notice.text());
        assertEquals("two", refused.window(CATALOGUE).selectFirst("form.park-cloud__create-compute input[name=vcpus]")
                .attr("value"));
        assertEquals("", refused.window(CATALOGUE).selectFirst("form.park-cloud__create-disk input[name=code]")
                .attr("value"), "the other forms stay empty");

        PortalPage badCode = submit(dave, dave.get(PAGE), CATALOGUE, "form.park-cloud__create-disk",
                Map.of("code", "Data Disk", "name", "Data", "size", "custom", "minGb", "10", "maxGb", "100"));
        assertEquals(Texts.cloud(Locale.SIMPLIFIED_CHINESE, "catalogue.refused.INVALID_CODE"),
                notice(badCode, CATALOGUE).text());
        assertEquals("Data Disk", badCode.window(CATALOGUE).selectFirst("form.park-cloud__create-disk input[name=code]")
                .attr("value"));

        PortalPage badRange = submit(dave, dave.get(PAGE), CATALOGUE, "form.park-cloud__create-disk",
                Map.of("code", code, "name", "Data", "size", "custom", "minGb", "100", "maxGb", "10"));
        assertEquals("catalogue.refused.INVALID_RANGE", notice(badRange, CATALOGUE).attr("data-notice"));

        PortalPage taken = submit(dave, dave.get(PAGE), CATALOGUE, "form.park-cloud__create-disk",
                Map.of("code", "data-50", "name", "Data", "size", "fixed", "minGb", "50"));
        assertEquals(Texts.cloud(Locale.SIMPLIFIED_CHINESE, "catalogue.refused.CODE_TAKEN"),
                notice(taken, CATALOGUE).text());

        PortalPage after = dave.get(PAGE);
        assertTrue(row(after, "COMPUTE", code) == null && row(after, "DISK", code) == null, "nothing created");
        assertTrue(auditTargets(signedIn(DemoUser.ADMIN), code).isEmpty(), "refusals leave no audit entry");

        // A good disk offering and a template (volume GB is priced by the demo's rate plans).
        PortalPage disk = submit(dave, after, CATALOGUE, "form.park-cloud__create-disk",
                Map.of("code", code, "name", "Data " + code, "size", "custom", "minGb", "10", "maxGb", "500"));
        assertEquals("disk.created", notice(disk, CATALOGUE).attr("data-notice"), () -> disk.window(CATALOGUE).text());
        assertEquals("", row(disk, "DISK", code).attr("data-tenants"), "visible to all");
        String template = "IT image " + code;
        PortalPage image = submit(dave, disk, CATALOGUE, "form.park-cloud__register-image",
                Map.of("kind", "TEMPLATE", "name", template, "osType", "Debian 12", "sizeGb", "8"));
        assertEquals("template.registered", notice(image, CATALOGUE).attr("data-notice"),
                () -> image.window(CATALOGUE).text());
        assertNotNull(image.window(CATALOGUE).selectFirst("tr[data-kind=TEMPLATE][data-name=" + template + "]"));
        JsonObject catalog = new CloudApi(DemoUser.FRANK).catalog();
        assertTrue(catalog.getJsonArray("diskOfferings").getValuesAs(JsonObject.class).stream()
                .anyMatch(o -> o.getString("code").equals(code)), catalog::toString);
        assertTrue(catalog.getJsonArray("templates").getValuesAs(JsonObject.class).stream()
                .anyMatch(t -> t.getString("name").equals(template)), catalog::toString);
    }

    @Test
    void anOperatorChangesAZoneThroughTheInventorysZoneForm() {
        PortalClient admin = signedIn(DemoUser.ADMIN);
        String zone = "it-zone-" + unique();
        PortalPage page = submit(admin, admin.get(PAGE), INVENTORY, "form.park-cloud__create-zone",
                Map.of("name", zone, "access", "public", "strategy", "SPREAD"));
        assertEquals("zone.created", notice(page, INVENTORY).attr("data-notice"), () -> page.window(INVENTORY).text());
        Element form = page.window(INVENTORY).selectFirst("form.park-cloud__change-zone");
        assertNotNull(form, page::excerpt);
        assertEquals("85", form.selectFirst("input[name=cpuThreshold]").attr("value"), "the current values");
        assertFalse(form.select("input[name=enabled][checked]").isEmpty());

        PortalPage refused = submit(admin, page, INVENTORY, "form.park-cloud__change-zone",
                Map.of("access", "private", "tenants", "acme", "cpuThreshold", "150"));
        assertEquals(Texts.cloud(Locale.ENGLISH, "inventory.refused.INVALID_THRESHOLD"), notice(refused, INVENTORY).text());
        Element kept = refused.window(INVENTORY).selectFirst("form.park-cloud__change-zone");
        assertEquals(List.of("acme", "150"), List.of(kept.selectFirst("input[name=tenants]").attr("value"),
                kept.selectFirst("input[name=cpuThreshold]").attr("value")));
        assertTrue(refused.window(INVENTORY).selectFirst("tr[data-zone-name=" + zone + "]").text()
                .contains(Texts.cloudAdmin("InventoryMessages", Locale.ENGLISH, "zone.public")), "unchanged");

        Map<String, String> change = new HashMap<>(Map.of("access", "private", "tenants", "acme", "cpuThreshold", "70",
                "strategy", "FILL_FIRST"));
        change.put("enabled", null);
        PortalPage changed = submit(admin, refused, INVENTORY, "form.park-cloud__change-zone", change);
        assertEquals(Texts.cloudAdmin("InventoryMessages", Locale.ENGLISH, "zone.changed", zone),
                notice(changed, INVENTORY).text());
        Element row = changed.window(INVENTORY).selectFirst("tr[data-zone-name=" + zone + "]");
        assertTrue(row.text().contains("acme") && row.text().contains("70%"), row::text);
        assertEquals(Texts.cloudAdmin("InventoryMessages", Locale.ENGLISH, "no"), row.select("td").last().text(),
                "disabled");
        assertFalse(new CloudApi(DemoUser.ALICE).catalog().toString().contains(zone), "disabled: not orderable");
    }

    @Test
    void aliceGetsNeitherThePageNorTheCatalogueAdministration() {
        PortalClient alice = signedIn(DemoUser.ALICE);
        assertEquals(403, alice.get(PAGE).status());
        assertFalse(alice.catalogue().contains("cloud-admin/catalogue"));

        OperatorPortletPage.importFor("alice", "it-catalogue", "Catalogue", "it-catalogue", "cloud-admin/catalogue");
        try {
            PortalPage hers = OperatorPortletPage.refusedOn(alice, "it-catalogue", "it-catalogue");
            String notAllowed = Texts.cloud(Locale.ENGLISH, "inventory.refused.NOT_ALLOWED");

            // The admin's form, sent through her own window with her own token: the back office refuses it.
            Element adminsForm = signedIn(DemoUser.ADMIN).get(PAGE).window(CATALOGUE)
                    .selectFirst("form.park-cloud__create-disk");
            String action = adminsForm.attr("action").replace(PAGE, "it-catalogue").replace(CATALOGUE, "it-catalogue")
                    .replaceAll("_csrf=[^&]*", "_csrf=" + csrfToken(hers));
            String code = "it-" + unique();
            PortalPage answer = alice.post(action, Map.of("code", code, "name", "Hers", "size", "fixed", "minGb", "10"));
            assertEquals(302, answer.status(), "the portal lets her window act: " + answer.excerpt());
            PortalPage after = alice.follow(answer);
            Element refusal = after.window("it-catalogue").selectFirst(".park-cloud__notice");
            assertNotNull(refusal, after::excerpt);
            assertEquals("inventory.refused.NOT_ALLOWED", refusal.attr("data-notice"));
            assertEquals(notAllowed, refusal.text());
            assertTrue(row(signedIn(DemoUser.ADMIN).get(PAGE), "DISK", code) == null, "nothing created");
        } finally {
            PageSets.importOrFail("""
                    {"pages":[{"name":"it-catalogue","title":"Catalogue","hidden":true,"grants":{},"windows":[]}],
                     "portlets":[{"portlet":"cloud-admin/catalogue","grants":{"view":["group:portal-admins","group:it-ops"]}}]}
                    """);
        }
    }

    // ---------------------------------------------------------------- helpers

    /** A billing item and its first price (from tomorrow), through billing's rate-plans portlet. */
    private static void price(PortalClient admin, String item, String usageType) {
        PortalPage created = submit(admin, admin.get("admin"), RATE_PLANS, "form.park-bills__item-form",
                Map.of("code", item, "name", "IT " + item, "usageType", usageType));
        assertEquals("item.created", created.window(RATE_PLANS).selectFirst(".park-bills__notice").attr("data-notice"),
                () -> created.window(RATE_PLANS).text());
        PortalPage priced = submit(admin, created, RATE_PLANS, "form.park-bills__version-form",
                Map.of("item", item, "effective", LocalDate.now(ZoneOffset.UTC).plusDays(1).toString(),
                        "pricing", "PER_HOUR", "price", "0.05"));
        assertEquals("version.created", priced.window(RATE_PLANS).selectFirst(".park-bills__notice").attr("data-notice"),
                () -> priced.window(RATE_PLANS).text());
    }

    private static boolean offers(CloudApi user, String code) {
        return user.catalog().getJsonArray("offerings").getValuesAs(JsonObject.class).stream()
                .anyMatch(o -> o.getString("code").equals(code));
    }

    private static String rowSelector(String kind, String code) {
        return "tr[data-kind=" + kind + "][data-code=" + code + "]";
    }

    private static Element row(PortalPage page, String kind, String code) {
        assertEquals(200, page.status(), page::excerpt);
        return page.window(CATALOGUE).selectFirst(rowSelector(kind, code));
    }

    /** The targets of the audit entries whose text names {@code text}, newest first. */
    private static List<String> auditTargets(PortalClient admin, String text) {
        return AuditView.entries(admin, "CLOUD_INVENTORY_CHANGED", text).stream().map(r -> r.get(3)).toList();
    }

    /**
     * Sends a form of a window as a browser would (hidden and text fields, selected options, checked boxes), changed
     * by {@code values}; a null value leaves the field out (an unticked box).
     */
    private static PortalPage submit(PortalClient client, PortalPage page, String window, String form,
                                     Map<String, String> values) {
        Element element = page.window(window).selectFirst(form);
        assertNotNull(element, () -> "no " + form + " in " + window + ": " + page.excerpt());
        Map<String, String> fields = new HashMap<>();
        element.select("input[type=hidden], input[type=text]").forEach(i -> fields.put(i.attr("name"), i.attr("value")));
        element.select("input[type=checkbox][checked]").forEach(i -> fields.put(i.attr("name"), i.attr("value")));
        element.select("select").forEach(s -> {
            Element option = s.selectFirst("option[selected]");
            fields.put(s.attr("name"), (option != null ? option : s.selectFirst("option")).attr("value"));
        });
        fields.putAll(values);
        fields.values().removeIf(v -> v == null);
        PortalPage answer = client.post(element.attr("action"), fields);
        assertEquals(302, answer.status(), answer::excerpt);
        PortalPage after = client.follow(answer);
        assertEquals(200, after.status(), after::excerpt);
        return after;
    }

    private static Element notice(PortalPage page, String window) {
        Element notice = page.window(window).selectFirst(".park-cloud__notice");
        assertNotNull(notice, () -> page.window(window).text());
        return notice;
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

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
