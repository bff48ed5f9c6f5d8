package org.parkportal.it.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parkportal.it.cloud.InventoryWindow.CAPACITY;
import static org.parkportal.it.cloud.InventoryWindow.PAGE;
import static org.parkportal.it.cloud.InventoryWindow.WINDOW;
import static org.parkportal.it.cloud.InventoryWindow.assertNotice;
import static org.parkportal.it.cloud.InventoryWindow.csrfToken;
import static org.parkportal.it.cloud.InventoryWindow.inventoryAudit;
import static org.parkportal.it.cloud.InventoryWindow.notice;
import static org.parkportal.it.cloud.InventoryWindow.signedIn;
import static org.parkportal.it.cloud.InventoryWindow.submit;
import static org.parkportal.it.cloud.InventoryWindow.unique;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parkportal.it.support.DemoUser;
import org.parkportal.it.support.PageSets;
import org.parkportal.it.support.PortalClient;
import org.parkportal.it.support.PortalDeployment;
import org.parkportal.it.support.PortalPage;
import org.parkportal.it.support.Texts;

/**
 * The inventory portlet's network, secondary-storage and cluster forms through the portal's real action URLs:
 * an operator adds a network, a public IP range and a firewall rule and removes the rule again, adds secondary
 * storage and changes a cluster's own limits and state, each visible afterwards; an overlapping VLAN range is
 * refused in the operator's language with the input kept; alice, forging the remove action, changes nothing. Each
 * test builds its own zone, private to a company that does not exist, so no order or placement elsewhere sees it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CloudNetworkAdministrationIT {

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return PortalDeployment.ear();
    }

    @Test
    void anOperatorAddsANetworkItsPublicRangeAndAFirewallRuleThenRemovesTheRule() {
        PortalClient admin = signedIn(DemoUser.ADMIN);
        String u = unique();
        String net = "net-" + u;
        PortalPage page = zone(admin, u);

        page = submit(admin, page, "form.park-cloud__create-network", Map.of("name", net, "vlanFirst", "300",
                "vlanLast", "349", "cidr", "10.3.0.0/24", "gateway", "10.3.0.1", "dns1", "10.3.0.2",
                "dnsDomain", "guests-" + u, "sourceNat", "on"));
        assertEquals(Texts.cloudAdmin("InventoryMessages", Locale.ENGLISH, "network.created", net),
                notice(page).text());
        Element network = network(page, net);
        assertEquals("300-349", network.selectFirst("dd[data-vlans]").attr("data-vlans"));
        assertTrue(network.text().contains("10.3.0.0/24") && network.text().contains("guests-" + u), network::text);

        page = submit(admin, page, "form.park-cloud__create-ip-range",
                Map.of("firstIp", "198.51.100.10", "lastIp", "198.51.100.40"));
        assertNotice(page, "ipRange.created");
        assertNotNull(network(page, net).selectFirst("[data-ip-range=198.51.100.10]"), page::excerpt);

        page = submit(admin, page, "[data-network=" + net + "] form.park-cloud__add-rule", Map.of("kind", "FIREWALL",
                "protocol", "tcp", "portFirst", "22", "portLast", "", "source", "10.0.0.0/8"));
        assertEquals(Texts.cloudAdmin("InventoryMessages", Locale.ENGLISH, "rule.created", net), notice(page).text());
        Element rule = network(page, net).selectFirst("tr[data-rule]");
        assertNotNull(rule, page::excerpt);
        assertEquals(List.of("FIREWALL", "22-22"), List.of(rule.attr("data-rule-kind"), rule.attr("data-rule-ports")));
        assertTrue(rule.text().contains("10.0.0.0/8"), rule::text);

        // A bad port keeps what was typed in this network's rule form.
        PortalPage refused = submit(admin, page, "[data-network=" + net + "] form.park-cloud__add-rule",
                Map.of("kind", "PORT_FORWARDING", "protocol", "udp", "portFirst", "70000", "target", "10.3.0.9"));
        assertEquals(Texts.cloud(Locale.ENGLISH, "inventory.refused.INVALID_RULE"), notice(refused).text());
        Element kept = network(refused, net).selectFirst("form.park-cloud__add-rule");
        assertEquals(List.of("70000", "10.3.0.9", "PORT_FORWARDING", "udp"), List.of(
                kept.selectFirst("input[name=portFirst]").attr("value"),
                kept.selectFirst("input[name=target]").attr("value"),
                kept.selectFirst("select[name=kind] option[selected]").attr("value"),
                kept.selectFirst("select[name=protocol] option[selected]").attr("value")));
        assertEquals(1, network(refused, net).select("tr[data-rule]").size(), "nothing added");

        String ruleId = rule.attr("data-rule");
        Element remove = rule.selectFirst("form.park-cloud__remove-rule");
        Map<String, String> removeFields = new HashMap<>();
        remove.select("input[type=hidden]").forEach(i -> removeFields.put(i.attr("name"), i.attr("value")));
        page = submit(admin, page, "tr[data-rule=" + ruleId + "] form.park-cloud__remove-rule", Map.of());
        assertEquals(Texts.cloudAdmin("InventoryMessages", Locale.ENGLISH, "rule.removed", net), notice(page).text());
        assertTrue(network(page, net).select("tr[data-rule]").isEmpty(), page::excerpt);

        // The same Remove sent again (a second tab, a double click) is refused in words, not with a failure.
        PortalPage twice = admin.follow(admin.post(remove.attr("action"), removeFields));
        assertEquals(Texts.cloud(Locale.ENGLISH, "inventory.refused.RULE_NOT_FOUND"), notice(twice).text());

        List<List<String>> audited = inventoryAudit(admin, net);
        assertEquals(4, audited.size(), audited::toString);
        String changed = Texts.audit(Locale.ENGLISH, "action.CLOUD_INVENTORY_CHANGED");
        audited.forEach(row -> assertEquals(List.of("admin", changed, "network:" + net), row));
    }

    @Test
    void anOverlappingVlanRangeIsRefusedInGermanWithTheInputKept() {
        PortalClient admin = signedIn(DemoUser.ADMIN);
        // Ada's saved language is English: she chooses German for this session, as with the language switcher.
        PortalPage german = admin.get(PAGE + "?lang=de");
        assertEquals("de", german.document().selectFirst("html").attr("lang"), german::excerpt);
        String u = unique();
        PortalPage page = zone(admin, u);
        page = submit(admin, page, "form.park-cloud__create-network", Map.of("name", "a-" + u, "vlanFirst", "400",
                "vlanLast", "449", "cidr", "10.4.0.0/24", "gateway", "10.4.0.1"));
        assertNotice(page, "network.created");

        Map<String, String> overlapping = Map.of("name", "b-" + u, "vlanFirst", "440", "vlanLast", "460",
                "cidr", "10.5.0.0/24", "gateway", "10.5.0.1", "dnsDomain", "b-" + u);
        PortalPage refused = submit(admin, page, "form.park-cloud__create-network", overlapping);
        assertEquals(Texts.cloud(Locale.GERMAN, "inventory.refused.VLAN_OVERLAP"), notice(refused).text());
        assertEquals("Dieser VLAN-Bereich überschneidet sich mit dem eines anderen Netzes derselben Zone.",
                notice(refused).text());
        Element kept = refused.window(WINDOW).selectFirst("form.park-cloud__create-network");
        overlapping.forEach((field, typed) -> assertEquals(typed,
                kept.selectFirst("input[name=" + field + "]").attr("value"), field));
        assertTrue(refused.window(WINDOW).select("[data-network=b-" + u + "]").isEmpty(), "nothing added");
    }

    @Test
    void anOperatorAddsSecondaryStorageAndSetsAClustersOwnLimits() {
        PortalClient admin = signedIn(DemoUser.ADMIN);
        String u = unique();
        PortalPage page = zone(admin, u);

        page = submit(admin, page, "form.park-cloud__create-secondary",
                Map.of("name", "sec-" + u, "url", "nfs://10.6.0.5/export/<" + u + ">", "capacityGb", "2000"));
        assertEquals(Texts.cloudAdmin("InventoryMessages", Locale.ENGLISH, "secondary.created", "sec-" + u),
                notice(page).text());
        Element storage = page.window(WINDOW).selectFirst("tr[data-secondary=sec-" + u + "]");
        assertNotNull(storage, page::excerpt);
        assertEquals("2000", storage.selectFirst("[data-capacity-gb]").attr("data-capacity-gb"));
        assertTrue(storage.text().contains("nfs://10.6.0.5/export/<" + u + ">"), "shown as typed, escaped");

        page = submit(admin, page, "form.park-cloud__create-pod",
                Map.of("name", "P-" + u, "gateway", "10.6.1.1", "netmask", "255.255.255.0"));
        page = submit(admin, page, "form.park-cloud__create-cluster", Map.of("name", "C-" + u, "hypervisor", "KVM"));
        assertNotice(page, "cluster.created");
        String form = "[data-cluster=C-" + u + "] form.park-cloud__change-cluster";
        Element fresh = page.window(WINDOW).selectFirst(form);
        assertNotNull(fresh, page::excerpt);
        assertEquals("", fresh.selectFirst("input[name=cpuThreshold]").attr("value"), "the zone's, until set");
        assertFalse(fresh.select("input[name=enabled][checked]").isEmpty());

        PortalPage refused = submit(admin, page, form, Map.of("cpuThreshold", "150", "enabled", "on"));
        assertEquals(Texts.cloud(Locale.ENGLISH, "inventory.refused.INVALID_THRESHOLD"), notice(refused).text());
        assertEquals("150", refused.window(WINDOW).selectFirst(form + " input[name=cpuThreshold]").attr("value"));

        // Not ticked: closed to new servers.
        page = submit(admin, page, form, Map.of("cpuThreshold", "70", "ramOvercommit", "1.5"));
        assertEquals(Texts.cloudAdmin("InventoryMessages", Locale.ENGLISH, "cluster.changed", "C-" + u),
                notice(page).text());
        Element changed = page.window(WINDOW).selectFirst(form);
        assertEquals(List.of("70", "1.5", ""), List.of(changed.selectFirst("input[name=cpuThreshold]").attr("value"),
                changed.selectFirst("input[name=ramOvercommit]").attr("value"),
                changed.selectFirst("input[name=ramThreshold]").attr("value")));
        assertTrue(changed.select("input[name=enabled][checked]").isEmpty());
        assertTrue(page.window(WINDOW).selectFirst("[data-cluster=C-" + u + "] h5").text().contains(
                Texts.cloudAdmin("InventoryMessages", Locale.ENGLISH, "cluster.disabled")));
        Element capacity = page.window(CAPACITY).selectFirst("tr[data-level=CLUSTER][data-name=C-" + u + "]");
        assertNotNull(capacity, page::excerpt);
        assertEquals("70", capacity.selectFirst("td[data-figure=cpuThreshold]").attr("data-value"));

        // Blank again and ticked: the zone's 85 %, open again.
        page = submit(admin, page, form, Map.of("cpuThreshold", "", "ramOvercommit", "", "enabled", "on"));
        assertNotice(page, "cluster.changed");
        assertFalse(page.window(WINDOW).select(form + " input[name=enabled][checked]").isEmpty());
        assertEquals("85", page.window(CAPACITY).selectFirst("tr[data-level=CLUSTER][data-name=C-" + u + "] "
                + "td[data-figure=cpuThreshold]").attr("data-value"));
    }

    @Test
    void aliceForgingTheRemoveActionChangesNothing() {
        PortalClient admin = signedIn(DemoUser.ADMIN);
        String u = unique();
        String net = "net-" + u;
        PortalPage page = zone(admin, u);
        page = submit(admin, page, "form.park-cloud__create-network", Map.of("name", net, "vlanFirst", "500",
                "vlanLast", "509", "cidr", "10.7.0.0/24", "gateway", "10.7.0.1"));
        page = submit(admin, page, "[data-network=" + net + "] form.park-cloud__add-rule", Map.of("kind",
                "LOAD_BALANCER", "protocol", "tcp", "portFirst", "80", "portLast", "81", "target", "web-1 web-2"));
        assertNotice(page, "rule.created");
        Element remove = network(page, net).selectFirst("form.park-cloud__remove-rule");
        assertNotNull(remove, page::excerpt);
        Map<String, String> fields = new HashMap<>();
        remove.select("input[type=hidden]").forEach(i -> fields.put(i.attr("name"), i.attr("value")));

        // The admin's action URL with alice's own token: the page is not hers.
        PortalClient alice = signedIn(DemoUser.ALICE);
        PortalPage home = alice.get("workplace");
        assertEquals(403, alice.post(remove.attr("action").replaceAll("_csrf=[^&]*", "_csrf=" + csrfToken(home)),
                fields).status());

        // With a page of her own showing the portlet, the back office refuses her, in words.
        OperatorPortletPage.importFor("alice", "it-net", "Cloud", "it-net-inventory", "cloud-admin/inventory");
        try {
            PortalPage hers = OperatorPortletPage.refusedOn(alice, "it-net", "it-net-inventory");
            String action = remove.attr("action").replace(PAGE, "it-net").replace(WINDOW, "it-net-inventory")
                    .replaceAll("_csrf=[^&]*", "_csrf=" + csrfToken(hers));
            PortalPage answer = alice.post(action, fields);
            assertEquals(302, answer.status(), "the portal lets her window act: " + answer.excerpt());
            Element refusal = alice.follow(answer).window("it-net-inventory").selectFirst(".park-cloud__notice");
            assertNotNull(refusal);
            assertEquals("inventory.refused.NOT_ALLOWED", refusal.attr("data-notice"));
            assertEquals(Texts.cloud(Locale.ENGLISH, "inventory.refused.NOT_ALLOWED"), refusal.text());
        } finally {
            PageSets.importOrFail("""
                    {"pages":[{"name":"it-net","title":"Cloud","hidden":true,"grants":{},"windows":[]}],
                     "portlets":[{"portlet":"cloud-admin/inventory","grants":{"view":["group:portal-admins","group:it-ops"]}}]}
                    """);
        }
        PortalPage after = admin.get(page.uri());
        Element rule = network(after, net).selectFirst("tr[data-rule=" + fields.get("rule") + "]");
        assertNotNull(rule, "the rule is still there: " + after.excerpt());
        assertEquals("80-81", rule.attr("data-rule-ports"));
        assertTrue(inventoryAudit(admin, net).stream().noneMatch(r -> r.toString().contains("alice")));
    }

    // ---------------------------------------------------------------- helpers

    /** A new zone of the test's own, shown in the inventory: private to a company that does not exist. */
    private static PortalPage zone(PortalClient admin, String u) {
        String name = "it-net-zone-" + u;
        PortalPage page = submit(admin, admin.get(PAGE), "form.park-cloud__create-zone", Map.of("name", name,
                "access", "private", "tenants", "initech", "strategy", "SPREAD"));
        assertNotice(page, "zone.created");
        Element shown = page.window(WINDOW).selectFirst("tr[data-zone-name=" + name + "] a[aria-current]");
        assertNotNull(shown, page::excerpt);
        return page;
    }

    private static Element network(PortalPage page, String name) {
        Element network = page.window(WINDOW).selectFirst("section.park-cloud__network[data-network=" + name + "]");
        assertNotNull(network, page::excerpt);
        return network;
    }
}
