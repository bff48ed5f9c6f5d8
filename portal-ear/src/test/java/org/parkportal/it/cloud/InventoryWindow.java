package org.parkportal.it.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Element;
import org.parkportal.it.support.AuditView;
import org.parkportal.it.support.DemoUser;
import org.parkportal.it.support.PortalClient;
import org.parkportal.it.support.PortalPage;

/**
 * The inventory window on the operators' page admin/cloud, driven as a browser would: a form is found in the
 * window, sent with its hidden, text and select fields (changed by the test's values) to its real action URL, and
 * the redirect followed. A checkbox is sent only when the test's values name it, as a browser sends a ticked one.
 */
final class InventoryWindow {

    static final String PAGE = "admin/cloud";
    static final String WINDOW = "admin-cloud-inventory";
    static final String CAPACITY = "admin-cloud-capacity";

    private InventoryWindow() {
    }

    static PortalClient signedIn(DemoUser user) {
        PortalClient client = PortalClient.newSession();
        client.signIn(user.uid(), user.password());
        return client;
    }

    /** The admin page with zone Park-North chosen in the inventory. */
    static PortalPage northOf(PortalClient client) {
        PortalPage page = client.get(PAGE);
        assertEquals(200, page.status(), page::excerpt);
        Element link = page.window(WINDOW).selectFirst("tr[data-zone-name=Park-North] a");
        assertNotNull(link, page::excerpt);
        PortalPage north = client.get(link.attr("href"));
        assertEquals(200, north.status(), north::excerpt);
        return north;
    }

    /** Sends a form of the inventory window with its hidden and text fields, changed by {@code values}. */
    static PortalPage submit(PortalClient client, PortalPage page, String form, Map<String, String> values) {
        Element element = page.window(WINDOW).selectFirst(form);
        assertNotNull(element, () -> "no " + form + ": " + page.excerpt());
        Map<String, String> fields = new HashMap<>();
        element.select("input[type=hidden], input[type=text]").forEach(i -> fields.put(i.attr("name"), i.attr("value")));
        element.select("select").forEach(s -> {
            Element option = s.selectFirst("option[selected]");
            fields.put(s.attr("name"), (option != null ? option : s.selectFirst("option")).attr("value"));
        });
        fields.putAll(values);
        PortalPage answer = client.post(element.attr("action"), fields);
        assertEquals(302, answer.status(), answer::excerpt);
        PortalPage after = client.follow(answer);
        assertEquals(200, after.status(), after::excerpt);
        return after;
    }

    static void assertNotice(PortalPage page, String key) {
        assertEquals(key, notice(page).attr("data-notice"), () -> page.window(WINDOW).text());
    }

    static Element notice(PortalPage page) {
        Element notice = page.window(WINDOW).selectFirst(".park-cloud__notice");
        assertNotNull(notice, () -> page.window(WINDOW).text());
        return notice;
    }

    static String csrfToken(PortalPage page) {
        Element token = page.document().selectFirst("input[name=_csrf]");
        assertNotNull(token, page::excerpt);
        return token.attr("value");
    }

    /** The audit log's rows (actor, action, target) of inventory changes whose text contains {@code text}. */
    static List<List<String>> inventoryAudit(PortalClient admin, String text) {
        return AuditView.entries(admin, "CLOUD_INVENTORY_CHANGED", text).stream().map(r -> r.subList(1, 4)).toList();
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
