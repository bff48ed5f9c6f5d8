package org.parkportal.it.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parkportal.it.support.PageSets;
import org.parkportal.it.support.PortalClient;
import org.parkportal.it.support.PortalDeployment;
import org.parkportal.it.support.PortalPage;
import org.parkportal.it.support.TestPortlets;
import org.parkportal.it.support.Texts;

/**
 * A failing or slow portlet costs only its own window: the page still answers 200, the faulty window shows the
 * translated error box, the slow one the timeout box (the server runs with portal.window.timeout.ms=2000, the
 * slow portlet needs 5 s), and their neighbour renders normally.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FailingPortletIT {

    private static final String PAGE = "it-failing";
    private static final String FAULTY = "it-failing-faulty";
    private static final String STEADY = "it-failing-steady";
    private static final String SLOW = "it-failing-slow";

    @Deployment(name = "portal", order = 1, testable = false)
    static EnterpriseArchive portal() {
        return PortalDeployment.ear();
    }

    @Deployment(name = "it-portlets", order = 2, testable = false)
    static WebArchive testPortlets() {
        return TestPortlets.war();
    }

    @BeforeAll
    static void importPage() throws InterruptedException {
        PageSets.importOrFail("""
                {"pages":[{"name":"%s","title":{"en":"Failing portlets"},"layout":"one-column","hidden":true,
                  "windows":[{"id":"%s","portlet":"it-portlets/faulty"},
                             {"id":"%s","portlet":"it-portlets/steady"},
                             {"id":"%s","portlet":"it-portlets/slow"}]}]}
                """.formatted(PAGE, FAULTY, STEADY, SLOW));
        awaitRegistration();
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

    /**
     * Pluto registers the WAR's portlets from a timer once the portal's services exist, which can be just after
     * the deployment is reported done; until then the portal shows "not installed" in the windows.
     */
    private static void awaitRegistration() throws InterruptedException {
        String notInstalled = Texts.portal(Locale.ENGLISH, "window.unavailable");
        for (int i = 0; i < 20; i++) {
            PortalPage page = PortalClient.newSession().get(PAGE + "?s." + STEADY + "=maximized");
            if (page.status() == 200 && !page.windowText(STEADY).contains(notInstalled)
                    && page.windowError(STEADY).isEmpty()) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("The portlets of it-portlets.war never became available to the portal");
    }
}
