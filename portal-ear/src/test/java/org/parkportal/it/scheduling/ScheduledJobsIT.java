package org.parkportal.it.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
import org.parkportal.it.support.JobsView;
import org.parkportal.it.support.PageSets;
import org.parkportal.it.support.PortalClient;
import org.parkportal.it.support.PortalDeployment;
import org.parkportal.it.support.PortalPage;
import org.parkportal.it.support.PortalUrls;

/**
 * The jobs portlet on the admin page against the real timer service and database: every job with its schedule and
 * next run, "run now" of the audit chain check ending SUCCEEDED in the history, the same job FAILED with its message
 * after someone changed an audit entry in the database, the timers in the portal database (not in files), and that
 * nobody but an administrator sees or starts jobs.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScheduledJobsIT {

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
        Element chainCheck = JobsView.job(page, CHAIN_CHECK);
        assertEquals(JobsView.text("job.audit.chain-check") + " " + CHAIN_CHECK,
                chainCheck.selectFirst(".park-admin-jobs__title").text());
        assertEquals("0 15 3 * * *", chainCheck.selectFirst(".park-admin-jobs__schedule").text());
        Instant next = Instant.parse(chainCheck.selectFirst(".park-admin-jobs__next time").attr("datetime"));
        assertTrue(next.isAfter(Instant.now()) && next.isBefore(Instant.now().plus(Duration.ofHours(25))),
                "nightly, so within a day: " + next);
        assertNotNull(JobsView.job(page, "scheduling.history-cleanup").selectFirst(".park-admin-jobs__next time"));
    }

    @Test
    void runNowAsksFirstThenRecordsASucceededManualRunInTheHistory() {
        PortalClient admin = admin();

        PortalPage done = JobsView.runNow(admin, CHAIN_CHECK);

        Element run = JobsView.newestRun(done, CHAIN_CHECK);
        assertEquals("SUCCEEDED", run.attr("data-outcome"), () -> JobsView.shown(done));
        assertEquals("MANUAL", run.attr("data-trigger"));
        List<String> cells = run.select("td").eachText();
        assertEquals(JobsView.text("trigger.MANUAL") + " (admin)", cells.get(2));
        assertEquals(JobsView.text("outcome.SUCCEEDED"), cells.get(4));
        assertFalse(cells.get(5).isBlank(), "a duration: " + cells);
        Element job = JobsView.job(done, CHAIN_CHECK);
        assertEquals("SUCCEEDED", job.attr("data-outcome"), "the job's last run");
        assertEquals(JobsView.text("outcome.SUCCEEDED"), job.selectFirst(".park-admin-jobs__outcome").text());
        assertEquals("intact", done.window(AUDIT).selectFirst(".park-audit__chain").attr("data-chain"),
                "the audit portlet shows the check the job made");
    }

    @Test
    void aFailingRunIsRecordedAsFailedWithItsMessage() {
        PortalClient admin = admin();
        Map<String, String> original = changeAuditEntry(1, "changed behind the log's back");
        try {
            PortalPage done = JobsView.runNow(admin, CHAIN_CHECK);

            Element run = JobsView.newestRun(done, CHAIN_CHECK);
            assertEquals("FAILED", run.attr("data-outcome"), () -> JobsView.shown(done));
            assertEquals("The audit chain is broken at entry 1 (0 entries before it are intact)",
                    run.selectFirst(".park-admin-jobs__message").text());
            Element job = JobsView.job(done, CHAIN_CHECK);
            assertEquals("FAILED", job.attr("data-outcome"));
            assertTrue(job.selectFirst(".park-admin-jobs__failure").text().endsWith("broken at entry 1 (0 entries before it are intact)"),
                    () -> job.text());
            Element chain = done.window(AUDIT).selectFirst(".park-audit__chain");
            assertEquals("broken", chain.attr("data-chain"), "the audit portlet shows the broken chain");
            assertEquals("1", chain.attr("data-broken-at"));
        } finally {
            restoreAuditEntry(1, original);
        }
        PortalPage repaired = JobsView.runNow(admin, CHAIN_CHECK);
        assertEquals("SUCCEEDED", JobsView.newestRun(repaired, CHAIN_CHECK).attr("data-outcome"),
                () -> JobsView.shown(repaired));
        assertTrue(JobsView.job(repaired, CHAIN_CHECK).selectFirst(".park-admin-jobs__failure").text().contains("entry 1"),
                "the last failure stays visible after a later success");
    }

    @Test
    void theTimersAreInThePortalDatabaseWithTheNextRunTheViewShows() {
        PortalPage page = admin().get("admin");
        String shown = JobsView.job(page, CHAIN_CHECK).selectFirst(".park-admin-jobs__next time").attr("datetime");

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
            assertEquals(JobsView.text("forbidden"), page.windowText("it-jobs-window"),
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
}
