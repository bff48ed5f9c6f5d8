package org.parkportal.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;

/** The jobs portlet on the admin page (window admin-jobs), driven as an administrator's browser would. */
public final class JobsView {

    public static final String WINDOW = "admin-jobs";

    private JobsView() {
    }

    /**
     * "Run now…", the translated confirmation, "Run now"; then the admin page until the run that started has finished
     * (the job runs in the background). Returns that page.
     */
    public static PortalPage runNow(PortalClient admin, String job) {
        PortalPage page = admin.get("admin");
        long before = page.window(WINDOW).select("tr[data-run]").stream()
                .mapToLong(r -> Long.parseLong(r.attr("data-run"))).max().orElse(0);
        Element ask = job(page, job).selectFirst("a.park-admin-jobs__ask");
        assertNotNull(ask, page::excerpt);
        PortalPage asked = admin.get(ask.attr("href"));
        Element confirm = asked.window(WINDOW).selectFirst("form.park-admin-jobs__confirm");
        assertNotNull(confirm, () -> shown(asked));
        String title = text("job." + job);
        assertEquals(text("run.confirm", title) + " " + text("run.submit") + " " + text("run.cancel"), confirm.text());
        Map<String, String> fields = new HashMap<>();
        confirm.select("input[type=hidden]").forEach(i -> fields.put(i.attr("name"), i.attr("value")));
        PortalPage answer = admin.post(confirm.attr("action"), fields);
        assertEquals(302, answer.status(), answer::excerpt);
        PortalPage started = admin.follow(answer);
        assertEquals(text("run.started", title), started.window(WINDOW).selectFirst(".park-admin-notice").text(),
                () -> shown(started));
        // The run is in the history at once (RUNNING or already finished); wait until it has finished.
        for (int i = 0; i < 120; i++) {
            PortalPage now = i == 0 ? started : admin.get(started.uri());
            Element run = newestRun(now, job);
            if (Long.parseLong(run.attr("data-run")) > before && !"RUNNING".equals(run.attr("data-outcome"))) {
                // A page drawn after the run ended: on this one, windows drawn before the jobs window (the audit
                // log's) may still show the state from before the run ended.
                return admin.get(started.uri());
            }
            pause();
        }
        throw new AssertionError("the run of " + job + " never finished");
    }

    /** The job's row in the list of jobs. */
    public static Element job(PortalPage page, String job) {
        Element row = page.window(WINDOW).selectFirst("table.park-admin-jobs__jobs tr[data-job=" + job + "]");
        assertNotNull(row, () -> shown(page));
        return row;
    }

    /** The job's newest run in the history below the list. */
    public static Element newestRun(PortalPage page, String job) {
        Element run = page.window(WINDOW).selectFirst("table.park-admin-jobs__runs tr[data-job=" + job + "]");
        assertNotNull(run, () -> shown(page));
        return run;
    }

    /** A text of the jobs portlet in English. */
    public static String text(String key, Object... arguments) {
        return Texts.portalAdmin("jobs/JobsMessages", Locale.ENGLISH, key, arguments);
    }

    public static String shown(PortalPage page) {
        return page.status() + " " + page.uri() + ": "
                + page.findWindow(WINDOW).map(Element::text).orElse(page.excerpt());
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
