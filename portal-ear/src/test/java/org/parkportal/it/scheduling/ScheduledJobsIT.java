package org.parkportal.it.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parkportal.it.support.DemoUser;
import org.parkportal.it.support.PageSets;
import org.parkportal.it.support.PortalClient;
import org.parkportal.it.support.PortalDeployment;
import org.parkportal.it.support.PortalPage;
import org.parkportal.it.support.PortalUrls;
import org.parkportal.it.support.Texts;

/**
 * The jobs portlet on the admin page against the real timer service and database: every job with its schedule and
 * next run, "run now" of the audit chain check ending SUCCEEDED in the history, the same job FAILED with its message
 * after someone changed an audit entry in the database, the timers in the portal database (not in files), and that
 * nobody but an administrator sees or starts jobs.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScheduledJobsIT {

    private static final String WINDOW = "admin-jobs";
    private static final String AUDIT = "admin-audit";
    private static final String CHAIN_CHECK = "audit.chain-check";
    private static final String PROBE = "it-scheduling";

    @Deployment(name = "portal", order = 1, testable = false)
    static EnterpriseArchive portal() {
        return PortalDeployment.ear();
    }

    @Deployment(name = PROBE, order = 2, testable = false)
    static WebArchive probe() {
        return ShrinkWrap.create(WebArchive.class, PROBE + ".war").addClass(DatabaseProbe.class);
    }

    @Test
    void anAdministratorSeesEveryJobWithItsScheduleAndNextRun() {
        PortalPage page = admin().get("admin");

        assertEquals(200, page.status(), page::excerpt);
        Element chainCheck = job(page, CHAIN_CHECK);
        assertEquals(jobsText("job.audit.chain-check") + " " + CHAIN_CHECK,
                chainCheck.selectFirst(".park-admin-jobs__title").text());
        assertEquals("0 15 3 * * *", chainCheck.selectFirst(".park-admin-jobs__schedule").text());
        Instant next = Instant.parse(chainCheck.selectFirst(".park-admin-jobs__next time").attr("datetime"));
        assertTrue(next.isAfter(Instant.now()) && next.isBefore(Instant.now().plus(Duration.ofHours(25))),
                "nightly, so within a day: " + next);
        assertNotNull(job(page, "scheduling.history-cleanup").selectFirst(".park-admin-jobs__next time"));
    }

    @Test
    void runNowAsksFirstThenRecordsASucceededManualRunInTheHistory() {
        PortalClient admin = admin();

        PortalPage done = runNow(admin, CHAIN_CHECK);

        Element run = newestRun(done, CHAIN_CHECK);
        assertEquals("SUCCEEDED", run.attr("data-outcome"), () -> shown(done));
        assertEquals("MANUAL", run.attr("data-trigger"));
        List<String> cells = run.select("td").eachText();
        assertEquals(jobsText("trigger.MANUAL") + " (admin)", cells.get(2));
        assertEquals(jobsText("outcome.SUCCEEDED"), cells.get(4));
        assertFalse(cells.get(5).isBlank(), "a duration: " + cells);
        Element job = job(done, CHAIN_CHECK);
        assertEquals("SUCCEEDED", job.attr("data-outcome"), "the job's last run");
        assertEquals(jobsText("outcome.SUCCEEDED"), job.selectFirst(".park-admin-jobs__outcome").text());
        assertEquals("intact", done.window(AUDIT).selectFirst(".park-audit__chain").attr("data-chain"),
                "the audit portlet shows the check the job made");
    }

    @Test
    void aFailingRunIsRecordedAsFailedWithItsMessage() {
        PortalClient admin = admin();
        Map<String, String> original = changeAuditEntry(1, "changed behind the log's back");
        try {
            PortalPage done = runNow(admin, CHAIN_CHECK);

            Element run = newestRun(done, CHAIN_CHECK);
            assertEquals("FAILED", run.attr("data-outcome"), () -> shown(done));
            assertEquals("The audit chain is broken at entry 1 (0 entries before it are intact)",
                    run.selectFirst(".park-admin-jobs__message").text());
            Element job = job(done, CHAIN_CHECK);
            assertEquals("FAILED", job.attr("data-outcome"));
            assertTrue(job.selectFirst(".park-admin-jobs__failure").text().endsWith("broken at entry 1 (0 entries before it are intact)"),
                    () -> job.text());
            Element chain = done.window(AUDIT).selectFirst(".park-audit__chain");
            assertEquals("broken", chain.attr("data-chain"), "the audit portlet shows the broken chain");
            assertEquals("1", chain.attr("data-broken-at"));
        } finally {
            restoreAuditEntry(1, original);
        }
        PortalPage repaired = runNow(admin, CHAIN_CHECK);
        assertEquals("SUCCEEDED", newestRun(repaired, CHAIN_CHECK).attr("data-outcome"), () -> shown(repaired));
        assertTrue(job(repaired, CHAIN_CHECK).selectFirst(".park-admin-jobs__failure").text().contains("entry 1"),
                "the last failure stays visible after a later success");
    }

    @Test
    void theTimersAreInThePortalDatabaseWithTheNextRunTheViewShows() {
        PortalPage page = admin().get("admin");
        String shown = job(page, CHAIN_CHECK).selectFirst(".park-admin-jobs__next time").attr("datetime");

        PortalPage timers = PortalClient.newSession().get(PortalUrls.context(PROBE).resolve("timers"));

        assertEquals(200, timers.status(), timers::excerpt);
        String row = timers.body().lines().filter(l -> l.contains(".NightlyChainCheck|nightly|")).findFirst()
                .orElseThrow(() -> new AssertionError("no timer of the chain check in JBOSS_EJB_TIMER: " + timers.body()));
        String[] fields = row.split("\\|");
        assertEquals("portal.ejb-services.NightlyChainCheck", fields[0]);
        assertEquals(Instant.parse(shown), Instant.parse(fields[2]), "the next run the view shows is the stored one");
        assertEquals("portal", fields[3], "the partition all nodes share");
        assertEquals(1, timers.body().lines().filter(l -> l.contains(".NightlyChainCheck|")).count(),
                "one timer, however often the portal was deployed: " + timers.body());
    }

    @Test
    void nobodyButAnAdministratorSeesOrFindsTheJobs() {
        PortalClient alice = PortalClient.newSession();
        alice.signIn(DemoUser.ALICE.uid(), DemoUser.ALICE.password());
        assertEquals(403, alice.get("admin").status());
        assertFalse(alice.catalogue().contains("portal-admin/jobs"));
        assertTrue(admin().catalogue().contains("portal-admin/jobs"));

        PageSets.importOrFail("""
                {"pages":[{"name":"it-jobs","title":"Jobs","hidden":true,"grants":{"view":["user:alice"]},
                  "windows":[{"id":"it-jobs-window","portlet":"portal-admin/jobs"}]}],
                 "portlets":[{"portlet":"portal-admin/jobs","grants":{"view":["group:portal-admins","user:alice"]}}]}
                """);
        try {
            PortalPage page = alice.get("it-jobs");
            assertEquals(200, page.status(), page::excerpt);
            assertEquals(jobsText("forbidden"), page.windowText("it-jobs-window"),
                    "the back office refuses her, whatever the portlet grants say");
            assertTrue(page.windowError("it-jobs-window").isEmpty(), "a sentence, not an error box");
            assertTrue(page.window("it-jobs-window").select("form, a.park-admin-jobs__ask").isEmpty());
        } finally {
            PageSets.importOrFail("""
                    {"pages":[{"name":"it-jobs","title":"Jobs","hidden":true,"grants":{},"windows":[]}],
                     "portlets":[{"portlet":"portal-admin/jobs","grants":{"view":["group:portal-admins"]}}]}
                    """);
        }
    }

    // ---------------------------------------------------------------- helpers

    private static PortalClient admin() {
        PortalClient admin = PortalClient.withLanguage("en");
        admin.signIn(DemoUser.ADMIN.uid(), DemoUser.ADMIN.password());
        return admin;
    }

    /**
     * "Run now…", the translated confirmation, "Run now"; then the admin page until the run that started has finished
     * (the job runs in the background). Returns that page.
     */
    private static PortalPage runNow(PortalClient admin, String name) {
        PortalPage page = admin.get("admin");
        long before = page.window(WINDOW).select("tr[data-run]").stream()
                .mapToLong(r -> Long.parseLong(r.attr("data-run"))).max().orElse(0);
        Element ask = job(page, name).selectFirst("a.park-admin-jobs__ask");
        assertNotNull(ask, page::excerpt);
        PortalPage asked = admin.get(ask.attr("href"));
        Element confirm = asked.window(WINDOW).selectFirst("form.park-admin-jobs__confirm");
        assertNotNull(confirm, () -> shown(asked));
        String title = jobsText("job." + name);
        assertEquals(jobsText("run.confirm", title) + " " + jobsText("run.submit") + " " + jobsText("run.cancel"),
                confirm.text());
        Map<String, String> fields = new HashMap<>();
        confirm.select("input[type=hidden]").forEach(i -> fields.put(i.attr("name"), i.attr("value")));
        PortalPage answer = admin.post(confirm.attr("action"), fields);
        assertEquals(302, answer.status(), answer::excerpt);
        PortalPage started = admin.follow(answer);
        assertEquals(jobsText("run.started", title),
                started.window(WINDOW).selectFirst(".park-admin-notice").text(), () -> shown(started));
        // The run is in the history at once (RUNNING or already finished); wait until it has finished.
        for (int i = 0; i < 120; i++) {
            PortalPage now = i == 0 ? started : admin.get(started.uri());
            Element run = newestRun(now, name);
            if (Long.parseLong(run.attr("data-run")) > before && !"RUNNING".equals(run.attr("data-outcome"))) {
                return now;
            }
            pause();
        }
        throw new AssertionError("the run of " + name + " never finished");
    }

    private static Element job(PortalPage page, String name) {
        Element row = page.window(WINDOW).selectFirst("table.park-admin-jobs__jobs tr[data-job=" + name + "]");
        assertNotNull(row, () -> shown(page));
        return row;
    }

    private static Element newestRun(PortalPage page, String name) {
        Element run = page.window(WINDOW).selectFirst("table.park-admin-jobs__runs tr[data-job=" + name + "]");
        assertNotNull(run, () -> shown(page));
        return run;
    }

    /** Overwrites an audit entry's detail in the database; returns what is needed to put it back. */
    private static Map<String, String> changeAuditEntry(long id, String detail) {
        PortalPage answer = PortalClient.newSession().send(PortalClient.newSession()
                .request(PortalUrls.context(PROBE).resolve("audit-entry?id=" + id + "&detail="
                        + PortalClient.encode(detail)))
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, answer.status(), answer::excerpt);
        return Map.of("null", answer.header("X-Detail-Was-Null").orElse("true"), "detail", answer.body());
    }

    private static void restoreAuditEntry(long id, Map<String, String> original) {
        String query = "id=" + id + ("true".equals(original.get("null")) ? ""
                : "&detail=" + PortalClient.encode(original.get("detail")));
        PortalPage answer = PortalClient.newSession().send(PortalClient.newSession()
                .request(PortalUrls.context(PROBE).resolve("audit-entry?" + query))
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, answer.status(), answer::excerpt);
    }

    private static String jobsText(String key, Object... arguments) {
        return Texts.portalAdmin("jobs/JobsMessages", Locale.ENGLISH, key, arguments);
    }

    private static String shown(PortalPage page) {
        return page.status() + " " + page.uri() + ": " + page.findWindow(WINDOW).map(Element::text).orElse(page.excerpt());
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
