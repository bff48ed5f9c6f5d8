package org.parkportal.it.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parkportal.it.support.AuditView;
import org.parkportal.it.support.PageSets;
import org.parkportal.it.support.PortalClient;
import org.parkportal.it.support.PortalDeployment;
import org.parkportal.it.support.PortalPage;
import org.parkportal.it.support.Texts;

/**
 * The admin portlets on the admin page, driven through their forms as a browser would: an administrator creates a
 * page, grants it to sales, retitles it, changes its layout, adds and locks a window, and deletes it; the effects are
 * checked as alice (sales) and bob (managers) see them, and in the audit log. Nobody else gets the portlets.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PageAdministrationIT {

    private static final String PAGES = "admin-pages";
    private static final String GRANTS = "admin-grants";
    private static final String AUDIT = "admin-audit";
    private static final String PAGE = "it-admin-sales";

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return PortalDeployment.ear();
    }

    @Test
    void anAdministratorBuildsAPageForSalesAndDeletesIt() {
        PortalClient admin = admin();
        try {
            PortalPage created = submit(admin, admin.get("admin"), PAGES, "form.park-admin-pages__create",
                    Map.of("parent", "", "name", PAGE, "titleEn", "Sales corner", "layout", "one-column",
                            "theme", "default"));
            assertEquals(pagesText("page.created", PAGE), notice(created, PAGES));
            assertNotNull(created.window(PAGES).selectFirst("section.park-admin-pages__edit[data-page=" + PAGE + "]"),
                    "the new page is the chosen one");

            PortalPage chosen = submit(admin, admin.get("admin"), GRANTS, "form.park-admin-grants__choose",
                    Map.of("target", "page:" + PAGE));
            assertEquals(grantsText("rule.PAGE"), chosen.window(GRANTS).selectFirst(".park-admin-grants__rule").text());
            PortalPage granted = submit(admin, chosen, GRANTS, "form.park-admin-grants__add",
                    Map.of("action", "view", "kind", "group", "name", "sales"));
            assertEquals(grantsText("grant.added", "group:sales", "view"), notice(granted, GRANTS));
            granted = submit(admin, granted, GRANTS, "form.park-admin-grants__add",
                    Map.of("action", "customise", "kind", "group", "name", "sales"));
            assertNotNull(granted.window(GRANTS).selectFirst("tr[data-action=view] li[data-grantee=\"group:sales\"]"),
                    granted::excerpt);

            PortalClient alice = PortalClient.newSession();
            assertTrue(topPages(alice.signIn("alice", "alice-Demo1")).contains(PAGE), "alice is in sales");
            assertEquals(200, alice.get(PAGE).status());
            PortalClient bob = PortalClient.newSession();
            bob.signIn("bob", "bob-Demo1");
            assertEquals(403, bob.get(PAGE).status(), "bob is a manager, not in sales");

            PortalPage edit = choose(admin);
            PortalPage retitled = submit(admin, edit, PAGES, "form.park-admin-pages__retitle",
                    Map.of("titleEn", "Sales lounge"));
            assertEquals(pagesText("page.retitled", PAGE), notice(retitled, PAGES));
            PortalPage laidOut = submit(admin, retitled, PAGES, "form.park-admin-pages__settings",
                    Map.of("layout", "two-columns-50-50", "theme", "default"));
            assertEquals("two-columns-50-50", pageRow(laidOut).selectFirst(".park-admin-pages__layout").text());
            PortalPage added = submit(admin, laidOut, PAGES, "form.park-admin-pages__add-window",
                    Map.of("portlet", "samples/park-clock", "column", "1"));
            String window = PAGE + "-park-clock";
            assertEquals(pagesText("window.added", "samples/park-clock"), notice(added, PAGES));
            Element lock = added.window(PAGES).selectFirst("tr[data-window=" + window + "] form.park-admin-pages__lock");
            assertNotNull(lock, added::excerpt);
            PortalPage locked = admin.follow(admin.post(lock.attr("action"), hiddenFields(lock)));
            assertEquals(pagesText("window.locked", window), notice(locked, PAGES));

            PortalPage seen = alice.get(PAGE);
            assertEquals("Sales lounge", seen.document().selectFirst("a.pp-nav-link[href=\"/portal/" + PAGE + "\"]").text());
            assertTrue(seen.findWindow(window).isPresent(), seen::excerpt);
            String token = seen.document().selectFirst("#pp-customise").attr("data-pp-token");
            assertEquals(409, alice.post("personal", Map.of("op", "remove", "page", PAGE, "window", window,
                    "_csrf", token)).status(), "a locked window stays");

            PortalPage audit = auditFor(admin, PAGE);
            assertTrue(auditRows(audit).contains("PAGE_CREATED admin"), () -> auditRows(audit).toString());
            assertTrue(auditRows(audit).contains("GRANTS_CHANGED admin"), () -> auditRows(audit).toString());

            PortalPage asked = admin.get(choose(admin).window(PAGES).selectFirst("a.park-admin-pages__ask-delete")
                    .attr("href"));
            PortalPage deleted = submit(admin, asked, PAGES, "form.park-admin-pages__delete", Map.of());
            assertEquals(pagesText("page.deleted", PAGE), notice(deleted, PAGES));
            assertEquals(404, alice.get(PAGE).status());
            assertEquals(404, admin.get(PAGE).status());
            assertFalse(topPages(alice.get("")).contains(PAGE));
        } finally {
            deleteIfLeft(admin);
        }
    }

    @Test
    void refusalsAreTranslatedMessages() {
        PortalClient admin = PortalClient.withLanguage("de");
        admin.signIn("admin", "admin-Demo1");

        PortalPage reserved = submit(admin, admin.get("admin"), PAGES, "form.park-admin-pages__create",
                Map.of("parent", "", "name", "api", "titleEn", "API", "title", "API", "layout", "one-column",
                        "theme", "default"));
        assertEquals(Texts.portalAdmin("pages/PagesMessages", Locale.ENGLISH, "refused.RESERVED_NAME"),
                notice(reserved, PAGES), "admin's saved language is English");
        PortalPage badName = submit(admin, reserved, PAGES, "form.park-admin-pages__create",
                Map.of("parent", "", "name", "Not A Name", "titleEn", "X", "layout", "one-column", "theme", "default"));
        assertEquals(pagesText("refused.INVALID_NAME"), notice(badName, PAGES));
        PortalPage noTitle = submit(admin, badName, PAGES, "form.park-admin-pages__create",
                Map.of("parent", "", "name", "it-admin-untitled", "titleEn", " ", "layout", "one-column",
                        "theme", "default"));
        assertEquals(pagesText("refused.INVALID_TITLE"), notice(noTitle, PAGES));
        assertEquals(404, admin.get("it-admin-untitled").status(), "nothing was created");

        PortalPage chosen = submit(admin, admin.get("admin"), GRANTS, "form.park-admin-grants__choose",
                Map.of("target", "page:home"));
        PortalPage badGrantee = submit(admin, chosen, GRANTS, "form.park-admin-grants__add",
                Map.of("action", "view", "kind", "group", "name", "sales)(cn=*"));
        assertEquals(grantsText("grantee.invalid"), notice(badGrantee, GRANTS));
        assertFalse(badGrantee.body().contains("IllegalArgumentException"));
    }

    @Test
    void aNonAdministratorGetsNeitherTheAdminPageNorThePortletsInTheCatalogue() {
        PortalClient alice = PortalClient.newSession();
        alice.signIn("alice", "alice-Demo1");

        PortalPage answer = alice.get("admin");
        assertEquals(403, answer.status());
        assertFalse(answer.body().contains(PAGES));
        Set<String> catalogue = alice.catalogue();
        assertFalse(catalogue.contains("portal-admin/pages"), catalogue::toString);
        assertFalse(catalogue.contains("portal-admin/grants"), catalogue::toString);
        assertTrue(admin().catalogue().containsAll(Set.of("portal-admin/pages", "portal-admin/grants")));
    }

    @Test
    void theBackOfficeRefusesANonAdministratorEvenWhereAPageShowsThePortlet() {
        PageSets.importOrFail("""
                {"pages":[{"name":"it-admin-open","title":"Open admin","hidden":true,"grants":{"view":["authenticated"]},
                  "windows":[{"id":"it-admin-open-pages","portlet":"portal-admin/pages"}]}],
                 "portlets":[{"portlet":"portal-admin/pages","grants":{}}]}
                """);
        try {
            PortalClient alice = PortalClient.withLanguage("en");
            alice.signIn("alice", "alice-Demo1");
            PortalPage page = alice.get("it-admin-open");
            PortalPage refused = submit(alice, page, "it-admin-open-pages", "form.park-admin-pages__create",
                    Map.of("parent", "", "name", "it-admin-by-alice", "titleEn", "Mine", "layout", "one-column",
                            "theme", "default"));

            assertEquals(pagesText("refused.NOT_ALLOWED"), notice(refused, "it-admin-open-pages"));
            assertEquals(404, admin().get("it-admin-by-alice").status());
        } finally {
            PageSets.importOrFail("""
                    {"pages":[{"name":"it-admin-open","title":"Open admin","hidden":true,"windows":[]}],
                     "portlets":[{"portlet":"portal-admin/pages","grants":{"view":["group:portal-admins"]}}]}
                    """);
        }
    }

    // ---------------------------------------------------------------- helpers

    private static PortalClient admin() {
        PortalClient admin = PortalClient.withLanguage("en");
        admin.signIn("admin", "admin-Demo1");
        return admin;
    }

    /** Submits a form of the window with its hidden fields plus the given ones; follows the redirect. */
    private static PortalPage submit(PortalClient client, PortalPage page, String window, String form,
                                     Map<String, String> values) {
        Element element = page.window(window).selectFirst(form);
        assertNotNull(element, () -> "no " + form + " in " + window + ": " + page.excerpt());
        Map<String, String> fields = hiddenFields(element);
        fields.putAll(values);
        PortalPage answer = client.post(element.attr("action"), fields);
        assertEquals(302, answer.status(), answer::excerpt);
        return client.follow(answer);
    }

    private static Map<String, String> hiddenFields(Element form) {
        Map<String, String> fields = new HashMap<>();
        form.select("input[type=hidden]").forEach(i -> fields.put(i.attr("name"), i.attr("value")));
        return fields;
    }

    /** The admin page with the test page chosen in the pages portlet (its link in the tree). */
    private static PortalPage choose(PortalClient admin) {
        PortalPage adminPage = admin.get("admin");
        Element link = pageRow(adminPage).selectFirst("a.park-admin-pages__choose");
        return admin.get(link.attr("href"));
    }

    private static Element pageRow(PortalPage page) {
        Element row = page.window(PAGES).selectFirst("li.park-admin-pages__page[data-page=" + PAGE + "]");
        assertNotNull(row, page::excerpt);
        return row;
    }

    private static String notice(PortalPage page, String window) {
        Element notice = page.window(window).selectFirst(".park-admin-notice");
        assertNotNull(notice, page::excerpt);
        return notice.text();
    }

    /** The audit portlet filtered by a text, as its filter form sends it. */
    private static PortalPage auditFor(PortalClient admin, String text) {
        return AuditView.filter(admin, admin.get("admin"), Map.of("text", text));
    }

    /** "ACTION actor" for each entry the audit portlet lists. */
    private static Set<String> auditRows(PortalPage page) {
        return page.window(AUDIT).select("table.park-audit__entries tbody tr").stream()
                .map(r -> r.attr("data-action") + " " + r.select("td").eachText().get(1))
                .collect(Collectors.toSet());
    }

    private static Set<String> topPages(PortalPage page) {
        return page.document().select("ul.pp-nav-list > li > a.pp-nav-link").stream()
                .map(a -> a.attr("href").substring("/portal/".length())).collect(Collectors.toSet());
    }


    /** Other tests share the server: a failed run must not leave the test page in the admin's navigation. */
    private static void deleteIfLeft(PortalClient admin) {
        PortalPage adminPage = admin.get("admin");
        if (adminPage.window(PAGES).selectFirst("li.park-admin-pages__page[data-page=" + PAGE + "]") == null) {
            return;
        }
        PortalPage asked = admin.get(choose(admin).window(PAGES).selectFirst("a.park-admin-pages__ask-delete")
                .attr("href"));
        submit(admin, asked, PAGES, "form.park-admin-pages__delete", Map.of());
    }

    private static String pagesText(String key, Object... arguments) {
        return Texts.portalAdmin("pages/PagesMessages", Locale.ENGLISH, key, arguments);
    }

    private static String grantsText(String key, Object... arguments) {
        return Texts.portalAdmin("grants/GrantsMessages", Locale.ENGLISH, key, arguments);
    }
}
