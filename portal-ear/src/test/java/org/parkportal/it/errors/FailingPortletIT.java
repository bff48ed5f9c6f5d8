package org.parkportal.it.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parkportal.it.support.PortalClient;
import org.parkportal.it.support.PortalPage;
import org.parkportal.it.support.WithTestPortlets;
import org.parkportal.it.support.Texts;

/**
 * A failing or slow portlet costs only its own window: the page still answers 200, the faulty window shows the
 * translated error box, the slow one the timeout box (the server runs with portal.window.timeout.ms=2000, the
 * slow portlet needs 5 s), and their neighbour renders normally.
 */
class FailingPortletIT extends WithTestPortlets {

    private static final String PAGE = "it-failing";
    private static final String FAULTY = "it-failing-faulty";
    private static final String STEADY = "it-failing-steady";
    private static final String SLOW = "it-failing-slow";


    @BeforeAll
    static void createPage() throws InterruptedException {
        importPage(PAGE, STEADY + "=steady", FAULTY + "=faulty", SLOW + "=slow");
    }

    @Test
    void faultyAndSlowWindowsShowErrorBoxesWhileTheRestOfThePageRenders() {
        PortalPage page = PortalClient.newSession().get(PAGE);

        assertEquals(200, page.status(), page::excerpt);
        assertEquals(Map.of(FAULTY, "it-portlets/faulty", STEADY, "it-portlets/steady", SLOW, "it-portlets/slow"),
                page.windowNames());
        assertErrorBox(page, FAULTY, Texts.portal(Locale.ENGLISH, "window.error"));
        assertErrorBox(page, SLOW, Texts.portal(Locale.ENGLISH, "window.timeout"));
        assertTrue(page.windowError(STEADY).isEmpty(), () -> "" + page.window(STEADY));
        assertEquals("steady", page.windowText(STEADY));
    }

    @Test
    void errorBoxesAreTranslated() {
        PortalPage page = PortalClient.withLanguage("fr").get(PAGE);

        assertEquals(200, page.status(), page::excerpt);
        assertErrorBox(page, FAULTY, Texts.portal(Locale.FRENCH, "window.error"));
        assertErrorBox(page, SLOW, Texts.portal(Locale.FRENCH, "window.timeout"));
        assertEquals("steady", page.windowText(STEADY));
    }

    private static void assertErrorBox(PortalPage page, String window, String text) {
        Element error = page.windowError(window).orElseThrow(
                () -> new AssertionError(window + " shows no error box: " + page.window(window)));
        assertEquals("alert", error.attr("role"));
        assertEquals(text, error.text(), () -> window + ": " + page.window(window));
        assertTrue(page.window(window).select(".it-slow").isEmpty(), "late markup shown in " + window);
    }
}
