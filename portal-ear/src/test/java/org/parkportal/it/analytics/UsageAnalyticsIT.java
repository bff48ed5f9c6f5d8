package org.parkportal.it.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
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
import org.parkportal.it.support.DemoUser;
import org.parkportal.it.support.JobsView;
import org.parkportal.it.support.PageSets;
import org.parkportal.it.support.PortalClient;
import org.parkportal.it.support.PortalDeployment;
import org.parkportal.it.support.PortalPage;
import org.parkportal.it.support.Texts;

/**
 * Usage analytics end to end: a user signs in, browses and searches, the administrator runs the hourly aggregation
 * from the jobs portlet, and the reports portlet (and its CSV) show the views, the sign-in, the portlets of those
 * pages and the search;
 * Chart.js is served once by the portal; nobody but an administrator reads the figures.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UsageAnalyticsIT {

    private static final String PAGE = "admin/analytics";
    private static final String WINDOW = "admin-analytics";
    private static final String HOURLY = "analytics.hourly";
    /** The search page's public render parameter q, as its form sends it. */
    private static final String SEARCH_WORDS = "pr.{http://parkportal.org/search}q";
    private static final String CHART_JS = "/portal/webjars/chart.js/4.4.1/dist/chart.umd.js";

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return PortalDeployment.ear();
    }

    @Test
    void pagesBrowsedAsAUserShowInTheReportsAndTheCsvAfterTheHourlyJobRan() {
        PortalClient admin = admin();
        JobsView.runNow(admin, HOURLY);
        Figures before = figures(admin);

        // frank is Globex's only user: the Globex figures are his alone, and all his portlets fit the top ten.
        PortalClient frank = PortalClient.newSession();
        frank.signIn(DemoUser.FRANK.uid(), DemoUser.FRANK.password());
        for (int i = 0; i < 3; i++) {
            assertEquals(200, frank.get("workplace").status());
        }
        // A search nobody else makes, that a spreadsheet would take for a formula, and that finds nothing.
        String query = "@sum " + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(200, frank.get("search?" + PortalClient.form(Map.of(SEARCH_WORDS, query))).status());

        // The events reach the table in the background: run the job until they are in (normally the first time).
        Figures after = null;
        for (int i = 0; i < 20 && (after == null || after.workplace < before.workplace + 3); i++) {
            JobsView.runNow(admin, HOURLY);
            after = figures(admin);
        }
        assertTrue(after.workplace >= before.workplace + 3, "Globex's workplace views " + before + " -> " + after);
        assertTrue(after.views >= before.views + 3, "today's page views " + before + " -> " + after);
        assertTrue(after.logins >= before.logins + 1, "frank's sign-in: " + before + " -> " + after);
        assertTrue(after.active >= 1, "frank and the admin were active today: " + after);
        assertTrue(after.noticeBoardRenders >= before.noticeBoardRenders + 3,
                "the workplace's notice board was shown with every view: " + before + " -> " + after);

        PortalPage page = globex(admin, admin.get(PAGE));
        PortalPage pages = csv(admin, page, "PAGES");
        List<String> lines = List.of(pages.body().split("\r\n"));
        assertEquals("page,views", lines.get(0));
        assertTrue(lines.contains("workplace," + after.workplace), pages::body);
        Element search = page.window(WINDOW).select("table.park-usage__searches tr").stream()
                .filter(r -> !r.select("td").isEmpty() && r.select("td").get(0).text().equals(query)).findFirst()
                .orElseThrow(() -> new AssertionError("no search " + query + " in " + page.window(WINDOW).text()));
        assertEquals(List.of(query, "1", "1"), search.select("td").eachText(), "searched once, found nothing");
        PortalPage searches = csv(admin, page, "SEARCHES");
        assertTrue(searches.body().contains("\r\n'" + query + ",1,1\r\n"),
                "the query, neutralised by a leading quote: " + searches.body());
        PortalPage days = csv(admin, page, "DAYS");
        assertTrue(days.body().contains("\r\n" + today() + "," + after.globexViews + "," + after.globexLogins + ",1,"),
                "frank's views and sign-ins today, one active user: " + days.body());
        assertTrue(after.globexViews >= 4, "three workplaces and a search page: " + after);
        assertEquals("attachment; filename=\"usage-days-" + today().minusDays(29) + "-" + today() + ".csv\"",
                days.header("Content-Disposition").orElse(null));
    }

    @Test
    void chartJsIsServedByThePortalAndLoadedOnceByThePage() {
        PortalClient admin = admin();

        PortalPage script = admin.get(CHART_JS);

        assertEquals(200, script.status(), script::excerpt);
        assertTrue(script.header("Content-Type").orElse("").contains("javascript"), script.header("Content-Type")::toString);
        assertTrue(script.body().contains("Chart"), "the Chart.js bundle");
        PortalPage page = admin.get(PAGE);
        assertEquals(1, page.document().select("script[src=" + CHART_JS + "]").size(), page::excerpt);
        Element window = page.window(WINDOW);
        assertNotNull(window.selectFirst("script.park-usage__data"), "the figures the charts draw");
        assertEquals(5, window.select("canvas[data-chart]").size());
        assertEquals(404, admin.get("/portal/webjars/chart.js/4.4.1/../../../WEB-INF/web.xml").status());
    }

    @Test
    void nobodyButAnAdministratorReadsTheFigures() {
        PortalClient alice = PortalClient.newSession();
        alice.signIn(DemoUser.ALICE.uid(), DemoUser.ALICE.password());
        assertEquals(403, alice.get(PAGE).status());
        assertFalse(alice.catalogue().contains("analytics/usage-reports"));
        assertTrue(admin().catalogue().contains("analytics/usage-reports"));

        PageSets.importOrFail("""
                {"pages":[{"name":"it-usage","title":"Usage","hidden":true,"grants":{"view":["user:alice"]},
                  "windows":[{"id":"it-usage-window","portlet":"analytics/usage-reports"}]}],
                 "portlets":[{"portlet":"analytics/usage-reports","grants":{"view":["group:portal-admins","user:alice"]}}]}
                """);
        try {
            PortalPage page = alice.get("it-usage");
            assertEquals(200, page.status(), page::excerpt);
            assertEquals(text("forbidden"), page.windowText("it-usage-window"),
                    "the back office refuses her, whatever the portlet grants say");
            assertTrue(page.window("it-usage-window").select("a.park-usage__csv, canvas").isEmpty());
            PortalPage csv = alice.get("it-usage?p_l=resource&p_t=it-usage-window&p_rid=csv-pages");
            assertEquals(403, csv.status(), csv::excerpt);
            assertFalse(csv.body().contains("page,views"));
        } finally {
            PageSets.importOrFail("""
                    {"pages":[{"name":"it-usage","title":"Usage","hidden":true,"grants":{},"windows":[]}],
                     "portlets":[{"portlet":"analytics/usage-reports","grants":{"view":["group:portal-admins"]}}]}
                    """);
        }
    }

    // ---------------------------------------------------------------- helpers

    /**
     * Today's figures (all companies) as the reports portlet shows them, and Globex's: its views and sign-ins today,
     * its workplace views and notice-board renders in the span.
     */
    private record Figures(long views, long logins, long active, long globexViews, long globexLogins, long workplace,
                           long noticeBoardRenders) {
    }

    private static Figures figures(PortalClient admin) {
        PortalPage all = admin.get(PAGE);
        Element day = today(all);
        PortalPage globex = globex(admin, all);
        if (globex == null) {
            return new Figures(number(day, "data-views"), number(day, "data-logins"), number(day, "data-active"), 0, 0,
                    0, 0);
        }
        Element window = globex.window(WINDOW);
        Element globexDay = today(globex);
        Element workplace = window.selectFirst("table.park-usage__pages tr[data-page=workplace]");
        Element board = window.selectFirst("table.park-usage__portlets tr[data-portlet=samples/notice-board]");
        return new Figures(number(day, "data-views"), number(day, "data-logins"), number(day, "data-active"),
                number(globexDay, "data-views"), number(globexDay, "data-logins"),
                workplace == null ? 0 : Long.parseLong(workplace.select("td").get(1).text()),
                board == null ? 0 : Long.parseLong(board.select("td").get(1).text()));
    }

    /** The report for Globex alone (its link in the tenant filter), or null while Globex had no use. */
    private static PortalPage globex(PortalClient admin, PortalPage page) {
        Element link = page.window(WINDOW).selectFirst("nav.park-usage__tenants a[data-tenant=globex]");
        if (link == null) {
            return null;
        }
        PortalPage globex = admin.get(link.attr("href"));
        assertNotNull(globex.window(WINDOW).selectFirst("nav.park-usage__tenants [aria-current][data-tenant=globex]"),
                globex::excerpt);
        return globex;
    }

    private static Element today(PortalPage page) {
        Element day = page.window(WINDOW).selectFirst("table.park-usage__days tr[data-day=" + today() + "]");
        assertNotNull(day, () -> page.status() + ": " + page.window(WINDOW).text());
        return day;
    }

    private static long number(Element row, String attribute) {
        return Long.parseLong(row.attr(attribute));
    }

    private static PortalPage csv(PortalClient admin, PortalPage page, String part) {
        Element link = page.window(WINDOW).selectFirst("a.park-usage__csv[data-csv=" + part + "]");
        assertNotNull(link, page::excerpt);
        PortalPage csv = admin.get(link.attr("href"));
        assertEquals(200, csv.status(), csv::excerpt);
        assertEquals("text/csv;charset=utf-8", csv.header("Content-Type").orElse("").toLowerCase(Locale.ROOT)
                .replace(" ", ""));
        return csv;
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    private static PortalClient admin() {
        PortalClient admin = PortalClient.withLanguage("en");
        admin.signIn(DemoUser.ADMIN.uid(), DemoUser.ADMIN.password());
        return admin;
    }

    private static String text(String key, Object... arguments) {
        return Texts.analytics(Locale.ENGLISH, key, arguments);
    }
}
