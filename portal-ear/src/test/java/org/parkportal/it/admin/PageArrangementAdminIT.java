package org.parkportal.it.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parkportal.it.support.PageSets;
import org.parkportal.it.support.PortalClient;
import org.parkportal.it.support.PortalDeployment;
import org.parkportal.it.support.PortalPage;

/**
 * The rest of the pages portlet: moving a page (with its grants) under another parent and among its siblings,
 * a page's theme, and moving and removing windows.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PageArrangementAdminIT {

    private static final String PAGES = "admin-pages";

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return PortalDeployment.ear();
    }

    @Test
    void anAdministratorMovesPagesAndWindowsAndSetsAPagesTheme() {
        PageSets.importOrFail("""
                {"pages":[
                  {"name":"it-admin-a","title":"A","hidden":true,"grants":{"view":["authenticated"]},
                   "children":[{"name":"child","title":"Child","grants":{"view":["authenticated"]},
                                "windows":[{"id":"it-admin-child-clock","portlet":"samples/park-clock"}]}]},
                  {"name":"it-admin-b","title":"B","hidden":true,"layout":"two-columns-50-50",
                   "grants":{"view":["authenticated"]},
                   "windows":[{"id":"it-admin-b-clock","portlet":"samples/park-clock","column":0},
                              {"id":"it-admin-b-notices","portlet":"samples/notice-board","column":1}]}]}
                """);
        PortalClient admin = PortalClient.withLanguage("en");
        admin.signIn("admin", "admin-Demo1");
        PortalClient alice = PortalClient.newSession();
        alice.signIn("alice", "alice-Demo1");
        try {
            PortalPage child = choose(admin, "it-admin-a/child");
            submit(admin, child, "form.park-admin-pages__move", Map.of("direction", "parent", "parent", "it-admin-b"));
            assertEquals(404, alice.get("it-admin-a/child").status(), "gone from its old place");
            PortalPage moved = alice.get("it-admin-b/child");
            assertEquals(200, moved.status(), "at its new place, and its grants came along: " + moved.excerpt());
            assertTrue(moved.findWindow("it-admin-child-clock").isPresent());

            List<String> before = topLevelOrder(admin);
            assertTrue(before.indexOf("it-admin-a") < before.indexOf("it-admin-b"), before.toString());
            submit(admin, choose(admin, "it-admin-b"), "form.park-admin-pages__move", Map.of("direction", "up"));
            List<String> after = topLevelOrder(admin);
            assertEquals(before.indexOf("it-admin-b") - 1, after.indexOf("it-admin-b"), after.toString());

            submit(admin, choose(admin, "it-admin-b"), "form.park-admin-pages__settings",
                    Map.of("layout", "two-columns-50-50", "theme", "mobile"));
            assertEquals("pp-theme-mobile", alice.get("it-admin-b").document().selectFirst("html").attr("class"));

            PortalPage b = choose(admin, "it-admin-b");
            Element moveNotices = b.window(PAGES).selectFirst("tr[data-window=it-admin-b-notices] form.park-admin-pages__move-window");
            assertNotNull(moveNotices, b::excerpt);
            post(admin, moveNotices, Map.of("column", "0", "position", "0"));
            assertEquals(List.of("it-admin-b-notices", "it-admin-b-clock"), column(alice.get("it-admin-b"), 0));

            b = choose(admin, "it-admin-b");
            post(admin, b.window(PAGES).selectFirst("tr[data-window=it-admin-b-clock] form.park-admin-pages__remove-window"),
                    Map.of());
            assertFalse(alice.get("it-admin-b").findWindow("it-admin-b-clock").isPresent());
        } finally {
            for (String page : List.of("it-admin-b", "it-admin-a")) {
                PortalPage chosen = choose(admin, page);
                Element ask = chosen.window(PAGES).selectFirst("a.park-admin-pages__ask-delete");
                if (ask != null) {
                    submit(admin, admin.get(ask.attr("href")), "form.park-admin-pages__delete", Map.of());
                }
            }
        }
        assertEquals(404, alice.get("it-admin-b/child").status());
    }

    private static PortalPage choose(PortalClient admin, String path) {
        PortalPage page = admin.get("admin");
        Element row = page.window(PAGES).selectFirst("li.park-admin-pages__page[data-page=\"" + path + "\"]");
        assertNotNull(row, () -> path + " not in the tree: " + page.excerpt());
        return admin.get(row.selectFirst("a.park-admin-pages__choose").attr("href"));
    }

    private static PortalPage submit(PortalClient client, PortalPage page, String form, Map<String, String> values) {
        Element element = page.window(PAGES).selectFirst(form);
        assertNotNull(element, () -> "no " + form + ": " + page.excerpt());
        return post(client, element, values);
    }

    private static PortalPage post(PortalClient client, Element form, Map<String, String> values) {
        Map<String, String> fields = new HashMap<>();
        form.select("input[type=hidden]").forEach(i -> fields.put(i.attr("name"), i.attr("value")));
        fields.putAll(values);
        PortalPage answer = client.post(form.attr("action"), fields);
        assertEquals(302, answer.status(), answer::excerpt);
        PortalPage next = client.follow(answer);
        assertTrue(next.window(PAGES).select(".park-admin-notice.portlet-msg-error").isEmpty(), next::excerpt);
        return next;
    }

    /** Top-level pages in the order of the pages portlet's tree. */
    private static List<String> topLevelOrder(PortalClient admin) {
        return admin.get("admin").window(PAGES).select("li.park-admin-pages__page").stream()
                .map(li -> li.attr("data-page")).filter(p -> !p.contains("/")).toList();
    }

    private static List<String> column(PortalPage page, int index) {
        return page.document().select(".pp-column").get(index).select("[data-portlet-window]").stream()
                .map(w -> w.attr("data-portlet-window")).toList();
    }
}
