package org.parkportal.it.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
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

/** The resource phase: the park clock's "time" resource, served through the portal without a page render. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ResourceServingIT {

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return PortalDeployment.ear();
    }

    @Test
    void clockResourceAnswersJsonWithTheTime() {
        PortalClient browser = PortalClient.newSession();
        String url = clockResourceUrl(browser);

        PortalPage answer = browser.get(url);

        assertEquals(200, answer.status(), answer::excerpt);
        assertTrue(answer.header("Content-Type").orElse("").startsWith("application/json"),
                () -> "Content-Type " + answer.header("Content-Type"));
        JsonObject reading = PageSets.json(answer);
        assertTrue(reading.getString("time", "").matches("\\d{2}:\\d{2}:\\d{2}"), answer::body);
        assertFalse(reading.getString("zone", "").isBlank(), answer::body);
        assertFalse(answer.body().contains("<html"), "a resource answer must not be wrapped in the page");
    }

    @Test
    void unknownResourceIdAnswers404() {
        PortalClient browser = PortalClient.newSession();
        String url = clockResourceUrl(browser);
        String unknown = url.replace("p_rid=time", "p_rid=no-such-resource");
        assertTrue(unknown.contains("p_rid=no-such-resource"), url);

        PortalPage answer = browser.get(unknown);

        assertEquals(404, answer.status(), answer::excerpt);
    }

    @Test
    void resourceOfUnknownWindowAnswers404() {
        PortalPage answer = PortalClient.newSession().get("home?p_l=resource&p_t=no-such-window&p_rid=time");

        assertEquals(404, answer.status(), answer::excerpt);
    }

    @Test
    void resourceRequestsNeedNoCsrfTokenNorSession() {
        String url = clockResourceUrl(PortalClient.newSession());
        assertFalse(url.contains("_csrf"), "resource URLs carry no token: " + url);

        // A client that never opened a page: no session, no token.
        PortalPage answer = PortalClient.newSession().get(url);

        assertEquals(200, answer.status(), answer::excerpt);
        assertTrue(PageSets.json(answer).containsKey("time"), answer::body);
    }

    /** The resource URL the clock's markup gives its script (data-url, HTML-unescaped). */
    private static String clockResourceUrl(PortalClient browser) {
        PortalPage home = browser.get("home");
        assertEquals(200, home.status(), home::excerpt);
        Element clock = home.window("home-clock").selectFirst(".park-clock[data-url]");
        assertTrue(clock != null, () -> "no clock markup: " + home.window("home-clock"));
        String url = clock.attr("data-url");
        assertTrue(url.contains("p_l=resource") && url.contains("p_rid=time"), url);
        return url;
    }
}
