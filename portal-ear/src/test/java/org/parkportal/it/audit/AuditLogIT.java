package org.parkportal.it.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
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
 * The audit-log portlet on the demo admin page, against the real sign-in (directory) and the real back office:
 * what sign-ins and grant changes leave in the log, filtering, paging, the chain state, the CSV export (with a
 * formula for a user name), and that nobody but an administrator reads it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditLogIT {

    private static final String WINDOW = "admin-audit";
    private static final String CSV_HEADER = "id,time,actor,action,target,detail,address,hash";

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return PortalDeployment.ear();
    }

    @Test
    void aFailedSignInIsListedWithItsAddressNextToTheAdminsOwnSignIn() {
        String name = uniqueName("it-audit-failed");
        failSignIn(name);

        PortalPage page = admin().get("admin");

        assertEquals(200, page.status(), page::excerpt);
        Element failed = row(page, "LOGIN_FAILED", name);
        assertEquals(Texts.audit(Locale.ENGLISH, "action.LOGIN_FAILED"), cells(failed).get(2));
        assertEquals("user:" + name, cells(failed).get(3));
        assertFalse(cells(failed).get(5).isBlank(), "the client's address is recorded: " + failed);
        Element login = row(page, "LOGIN", "admin");
        assertTrue(cells(login).get(0).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z"),
                "ISO-8601 in UTC: " + cells(login).get(0));
        assertTrue(rows(page).indexOf(login) < rows(page).indexOf(failed),
                "newest first: the admin signed in after the failed attempt");
    }

    @Test
    void filteringByActionShowsOnlyThatActionAndTheFormKeepsTheChoice() {
        String name = uniqueName("it-audit-filter");
        failSignIn(name);
        PortalClient admin = admin();

        PortalPage filtered = AuditView.filter(admin, admin.get("admin"), Map.of("action", "LOGIN_FAILED"));

        assertEquals(200, filtered.status(), () -> shown(filtered));
        Elements rows = rows(filtered);
        assertFalse(rows.isEmpty(), () -> shown(filtered));
        assertEquals(Set.of("LOGIN_FAILED"), rows.stream().map(r -> r.attr("data-action")).collect(Collectors.toSet()));
        row(filtered, "LOGIN_FAILED", name);
        Element select = filtered.window(WINDOW).selectFirst("select[data-field=action]");
        assertEquals("LOGIN_FAILED", select.selectFirst("option[selected]").attr("value"));

        PortalPage byActor = AuditView.filter(admin, filtered, Map.of("actor", name));
        assertEquals(1, rows(byActor).size(), () -> shown(byActor));
        assertEquals(rows(byActor).text(), rows(admin().get(byActor.uri())).text(),
                "the filter is all in the URL: a bookmark opened in another session shows the same");
    }

    @Test
    void aMalformedDateIsATranslatedFieldErrorNotAFailure() {
        PortalClient admin = PortalClient.withLanguage("de");
        admin.signIn(DemoUser.ADMIN.uid(), DemoUser.ADMIN.password());

        PortalPage page = AuditView.filter(admin, admin.get("admin"), Map.of("from", "2026-02-30"));

        assertEquals(200, page.status(), page::excerpt);
        assertTrue(page.windowError(WINDOW).isEmpty(), page::excerpt);
        Element error = page.window(WINDOW).selectFirst("[data-error-for=from]");
        assertNotNull(error, page::excerpt);
        assertEquals(Texts.audit(Locale.ENGLISH, "error.date"), error.text(), "admin's saved language is English");
        assertTrue(rows(page).isEmpty(), "no entries for a filter that means nothing");
    }

    @Test
    void checkingTheChainNowShowsItIntactWithTheNumberOfEntriesAndWhen() {
        PortalClient admin = admin();
        PortalPage page = admin.get("admin");
        Element verify = page.window(WINDOW).selectFirst("form.park-audit__verify");
        assertNotNull(verify, page::excerpt);
        assertEquals(Texts.audit(Locale.ENGLISH, "chain.verify"), verify.text());
        Instant before = Instant.now().minusSeconds(1);

        PortalPage answer = admin.post(verify.attr("action"), Map.of());
        assertEquals(302, answer.status(), answer::excerpt);
        PortalPage checked = admin.follow(answer);

        Element chain = checked.window(WINDOW).selectFirst(".park-audit__chain");
        assertNotNull(chain, checked::excerpt);
        assertEquals("intact", chain.attr("data-chain"));
        long entries = Long.parseLong(chain.attr("data-entries"));
        assertTrue(entries >= 2, "at least the admin's sign-ins: " + entries);
        Instant at = Instant.parse(chain.attr("data-checked"));
        assertFalse(at.isBefore(before), "the check just made, not an older one: " + at);
        assertEquals(Texts.audit(Locale.ENGLISH, "chain.intact", entries, chain.attr("data-checked")), chain.text());
        assertEquals(Texts.audit(Locale.ENGLISH, "chain.intact", entries, chain.attr("data-checked")),
                admin.get("admin").window(WINDOW).selectFirst(".park-audit__chain").text(),
                "a plain view shows the last check without checking again");
    }

    @Test
    void theCsvExportHasTheHeaderTheFailedSignInAndNoLiveFormula() {
        String name = uniqueName("it-audit-csv");
        String formula = "=cmd|' /C calc'!A0";
        failSignIn(name);
        failSignIn(formula);
        PortalClient admin = admin();
        PortalPage page = AuditView.filter(admin, admin.get("admin"), Map.of("action", "LOGIN_FAILED"));
        Element link = page.window(WINDOW).selectFirst("a.park-audit__csv");
        assertNotNull(link, page::excerpt);

        PortalPage csv = admin.get(link.attr("href"));

        assertEquals(200, csv.status(), csv::excerpt);
        assertEquals("text/csv;charset=utf-8", csv.header("Content-Type").orElse("").toLowerCase(Locale.ROOT)
                .replace(" ", ""));
        assertEquals("attachment; filename=\"audit-log.csv\"", csv.header("Content-Disposition").orElse(null));
        List<String> lines = List.of(csv.body().split("\r\n"));
        assertEquals(CSV_HEADER, lines.get(0));
        assertTrue(lines.stream().skip(1).allMatch(l -> l.split(",")[3].equals("LOGIN_FAILED")),
                "the export follows the page's filter: " + csv.body());
        assertTrue(lines.stream().anyMatch(l -> l.contains("," + name + ",LOGIN_FAILED,user:" + name + ",")),
                csv::body);
        assertTrue(lines.stream().anyMatch(l -> l.contains(",'" + formula + ",LOGIN_FAILED,")),
                "the formula is neutralised by a leading quote: " + csv.body());
        assertFalse(csv.body().contains("," + formula), "no field starts with the formula itself");
    }

    @Test
    void fiftyEntriesAPageWithPreviousAndNext() {
        String prefix = uniqueName("it-audit-page");
        for (int i = 0; i < 51; i++) {
            failSignIn(prefix + "-" + i);
        }
        PortalClient admin = admin();

        PortalPage first = AuditView.filter(admin, admin.get("admin"), Map.of("text", prefix));
        assertEquals(50, rows(first).size(), () -> shown(first));
        assertNull(first.window(WINDOW).selectFirst("a[rel=prev]"));
        Element next = first.window(WINDOW).selectFirst("a[rel=next]");
        assertNotNull(next, () -> shown(first));

        PortalPage second = admin.get(next.attr("href"));
        assertEquals(1, rows(second).size(), () -> shown(second));
        assertEquals("user:" + prefix + "-0", cells(rows(second).first()).get(3), "the oldest comes last");
        assertNull(second.window(WINDOW).selectFirst("a[rel=next]"));
        assertNotNull(second.window(WINDOW).selectFirst("a[rel=prev]"));

        PortalPage pastTheEnd = admin.get(next.attr("href").replace(".page=2", ".page=9"));
        assertTrue(rows(pastTheEnd).isEmpty(), () -> shown(pastTheEnd));
        assertNotNull(pastTheEnd.window(WINDOW).selectFirst("a[rel=prev]"), "a stale bookmark still leads back");

        PortalPage wildcard = AuditView.filter(admin, first, Map.of("text", prefix.replace('-', '_')));
        assertTrue(rows(wildcard).isEmpty(), "_ is a character to look for, not a LIKE wildcard");
        assertNotNull(wildcard.window(WINDOW).selectFirst(".park-audit__none"), () -> shown(wildcard));
    }

    @Test
    void aNonAdministratorNeitherOpensTheAdminPageNorFindsThePortlet() {
        PortalClient alice = PortalClient.newSession();
        alice.signIn(DemoUser.ALICE.uid(), DemoUser.ALICE.password());

        assertEquals(403, alice.get("admin").status());
        assertFalse(alice.catalogue().contains("audit/audit-log"));
        assertTrue(admin().catalogue().contains("audit/audit-log"), "deployed, and listed for administrators");
    }

    @Test
    void aGrantChangeIsRecordedAndAReaderTheLogRefusesGetsASentence() {
        PageSets.importOrFail("""
                {"pages":[{"name":"it-audit","title":"Audit","hidden":true,"grants":{"view":["user:alice"]},
                  "windows":[{"id":"it-audit-log","portlet":"audit/audit-log"}]}],
                 "portlets":[{"portlet":"audit/audit-log","grants":{"view":["group:portal-admins","user:alice"]}}]}
                """);
        try {
            PortalClient alice = PortalClient.newSession();
            alice.signIn(DemoUser.ALICE.uid(), DemoUser.ALICE.password());
            PortalPage page = alice.get("it-audit");
            assertEquals(200, page.status(), page::excerpt);
            assertEquals(Texts.audit(Locale.ENGLISH, "forbidden"), page.windowText("it-audit-log"));
            assertTrue(page.windowError("it-audit-log").isEmpty(), "a sentence, not an error box");
            PortalPage csv = alice.get("it-audit?p_l=resource&p_t=it-audit-log&p_rid=csv");
            assertEquals(403, csv.status(), csv::excerpt);
            assertFalse(csv.body().contains(CSV_HEADER));

            PortalClient admin = admin();
            PortalPage grants = AuditView.filter(admin, admin.get("admin"), Map.of("action", "GRANTS_CHANGED", "text", "it-audit"));
            Element pageGrants = row(grants, "GRANTS_CHANGED", null);
            assertEquals("page:it-audit", cells(pageGrants).get(3), () -> shown(grants));
            assertEquals(Texts.audit(Locale.ENGLISH, "actor.none"), cells(pageGrants).get(1),
                    "an import by token has no user");
            PortalPage portletGrants = AuditView.filter(admin, grants, Map.of("action", "GRANTS_CHANGED",
                    "text", "portlet:audit/audit-log"));
            assertTrue(rows(portletGrants).stream().anyMatch(r -> cells(r).get(4).contains("user:alice")),
                    () -> shown(portletGrants));
        } finally {
            PageSets.importOrFail("""
                    {"pages":[{"name":"it-audit","title":"Audit","hidden":true,"grants":{},"windows":[]}],
                     "portlets":[{"portlet":"audit/audit-log","grants":{"view":["group:portal-admins"]}}]}
                    """);
        }
    }

    private static String uniqueName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static void failSignIn(String name) {
        PortalPage answer = PortalClient.newSession().submitLogin(name, "not-a-password");
        assertEquals(200, answer.status(), "sign-in of " + name + " must fail: " + answer.excerpt());
    }

    private static PortalClient admin() {
        PortalClient admin = PortalClient.newSession();
        admin.signIn(DemoUser.ADMIN.uid(), DemoUser.ADMIN.password());
        return admin;
    }

    /** What the audit window shows, for failure messages. */
    private static String shown(PortalPage page) {
        return page.status() + " " + page.uri() + ": " + page.window(WINDOW).text();
    }

    private static Elements rows(PortalPage page) {
        return page.window(WINDOW).select("table.park-audit__entries tbody tr");
    }

    /** The newest row of that action by that actor (null: any actor); fails when there is none. */
    private static Element row(PortalPage page, String action, String actor) {
        return rows(page).stream()
                .filter(r -> r.attr("data-action").equals(action))
                .filter(r -> actor == null || cells(r).get(1).equals(actor))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + action + " of " + actor + " in " + shown(page)));
    }

    private static List<String> cells(Element row) {
        return row.select("td").eachText();
    }

}
