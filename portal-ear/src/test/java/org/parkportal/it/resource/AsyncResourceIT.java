package org.parkportal.it.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parkportal.it.support.PortalClient;
import org.parkportal.it.support.PortalPage;
import org.parkportal.it.support.WithTestPortlets;

/**
 * Asynchronous resource serving (Portlet 3.0 startPortletAsync): a portlet with async-supported answers from
 * another thread, through a dispatch to a servlet of its WAR or back to itself, and its listeners hear of the
 * completion and of a timeout; a portlet without async-supported is refused and says so.
 */
class AsyncResourceIT extends WithTestPortlets {

    private static final String PAGE = "it-async";
    private static final String ASYNC = "it-async-async";
    private static final String NO_ASYNC = "it-async-no-async";

    @BeforeAll
    static void createPage() throws InterruptedException {
        importPage(PAGE, ASYNC + "=async", NO_ASYNC + "=no-async");
    }

    @Test
    void threadStartedThroughTheAsyncContextWritesTheWholeAnswer() {
        PortalClient browser = PortalClient.newSession();
        PortalPage answer = browser.get(resourceUrl(browser, ASYNC, "thread"));

        assertEquals(200, answer.status(), answer::excerpt);
        assertTrue(answer.body().contains("written by another thread: true"), answer::body);
        assertTrue(answer.body().endsWith("body complete"), answer::body);
        assertTrue(answer.header("Content-Type").orElse("").startsWith("text/plain"),
                () -> "Content-Type " + answer.header("Content-Type"));
    }

    @Test
    void listenerHearsOfTheCompletion() throws InterruptedException {
        PortalClient browser = PortalClient.newSession();
        PortalPage answer = browser.get(resourceUrl(browser, ASYNC, "thread"));
        assertEquals(200, answer.status(), answer::excerpt);

        awaitEvent(browser, "complete:" + requestId(answer));
    }

    @Test
    void dispatchToAServletOfThePortletApplicationRendersItsOutput() {
        PortalClient browser = PortalClient.newSession();
        PortalPage answer = browser.get(resourceUrl(browser, ASYNC, "dispatch"));

        assertEquals(200, answer.status(), answer::excerpt);
        assertEquals(List.of("view=dispatched", "dispatcher type: ASYNC", "portlet request: dispatch"),
                lines(answer), answer::body);
    }

    @Test
    void dispatchWithoutPathRunsTheResourceMethodAgain() {
        PortalClient browser = PortalClient.newSession();
        PortalPage answer = browser.get(resourceUrl(browser, ASYNC, "again"));

        assertEquals(200, answer.status(), answer::excerpt);
        assertEquals("second pass: ASYNC", answer.body(), answer::body);
    }

    @Test
    void timeoutReachesTheListenerAndTheClientStillGetsAnAnswer() throws InterruptedException {
        PortalClient browser = PortalClient.newSession();
        long start = System.nanoTime();
        PortalPage answer = browser.get(resourceUrl(browser, ASYNC, "timeout"));
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertEquals(200, answer.status(), answer::excerpt);
        assertTrue(answer.body().endsWith("timed out"), answer::body);
        assertTrue(millis < 20_000, "answered after " + millis + " ms, the portlet's timeout is 500 ms");
        String id = requestId(answer);
        awaitEvent(browser, "timeout:" + id);
        awaitEvent(browser, "complete:" + id);
    }

    @Test
    void portletWithAsyncSupportStillServesSynchronously() {
        PortalClient browser = PortalClient.newSession();
        PortalPage answer = browser.get(resourceUrl(browser, ASYNC, "sync"));

        assertEquals(200, answer.status(), answer::excerpt);
        assertEquals("sync: async started false", answer.body(), answer::body);
    }

    @Test
    void portletWithoutAsyncSupportIsRefused() {
        PortalClient browser = PortalClient.newSession();
        PortalPage answer = browser.get(resourceUrl(browser, NO_ASYNC, "try"));

        assertEquals(200, answer.status(), answer::excerpt);
        assertEquals(List.of("supported=false", "startPortletAsync refused", "started=false", "context=null",
                "dispatcher type: REQUEST"), lines(answer), answer::body);
    }

    /** The resource URL a window's markup links to (class it-<resourceId>, HTML-unescaped). */
    private static String resourceUrl(PortalClient browser, String window, String resourceId) {
        PortalPage page = browser.get(PAGE);
        assertEquals(200, page.status(), page::excerpt);
        Element link = page.window(window).selectFirst("a.it-" + resourceId);
        assertTrue(link != null, () -> "no " + resourceId + " link in " + page.window(window));
        return link.attr("href");
    }

    private static String requestId(PortalPage answer) {
        String first = lines(answer).get(0);
        assertTrue(first.startsWith("id="), answer::body);
        return first.substring("id=".length());
    }

    /** Listeners run after the answer has gone out: polls the portlet's event log for a while. */
    private static void awaitEvent(PortalClient browser, String event) throws InterruptedException {
        String url = resourceUrl(browser, ASYNC, "events");
        List<String> events = List.of();
        for (int i = 0; i < 20; i++) {
            PortalPage log = browser.get(url);
            assertEquals(200, log.status(), log::excerpt);
            events = lines(log);
            if (events.contains(event)) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no " + event + " among the listener events " + events);
    }

    private static List<String> lines(PortalPage answer) {
        return Arrays.asList(answer.body().split("\n"));
    }
}
