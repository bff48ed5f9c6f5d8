package org.parkportal.it.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parkportal.it.support.PortalClient;
import org.parkportal.it.support.PortalDeployment;
import org.parkportal.it.support.PortalPage;
import org.parkportal.it.support.Texts;

/**
 * Events cross portlet applications: visitor-registration (samples.war) publishes visitorArrived, the reception
 * desk (reception.war) processes it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EventAcrossApplicationsIT {

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return PortalDeployment.ear();
    }

    @Test
    void receptionDeskOfAnotherApplicationShowsTheRegisteredVisitor() {
        PortalClient browser = PortalClient.newSession();
        PortalPage home = browser.get("home");
        assertEquals(200, home.status(), home::excerpt);
        assertEquals("reception/reception-desk", home.window("home-reception").attr("data-portlet-name"));

        PortalPage answer = browser.post(home.formAction("home-visitors"), Map.of("name", "Grace Hopper", "company", "US Navy"));
        assertEquals(302, answer.status(), answer::excerpt);
        PortalPage result = browser.follow(answer);

        assertEquals(200, result.status(), result::excerpt);
        Element last = result.window("home-reception").selectFirst(".park-reception__last");
        assertTrue(last != null, () -> "no last visitor: " + result.window("home-reception"));
        assertEquals(Texts.reception(Locale.ENGLISH, "last", "Grace Hopper"), last.text());
        assertEquals(List.of("Grace Hopper"), visitorList(result, "home-reception"));
    }

    @Test
    void visitorStaysOnTheDeskOfTheSessionOnOtherPages() {
        PortalClient browser = PortalClient.newSession();
        PortalPage home = browser.get("home");
        PortalPage answer = browser.post(home.formAction("home-visitors"), Map.of("name", "Katherine Johnson", "company", ""));
        assertEquals(302, answer.status(), answer::excerpt);
        browser.follow(answer);

        // Another window of the reception application, on the child page, reads the same application session.
        PortalPage reception = browser.get("home/reception");

        assertEquals(200, reception.status(), reception::excerpt);
        assertEquals(List.of("Katherine Johnson"), visitorList(reception, "reception-desk"));
        // A visitor list is the session's: a new session starts with an empty desk.
        PortalPage other = PortalClient.newSession().get("home/reception");
        assertEquals(List.of(), visitorList(other, "reception-desk"));
    }

    private static List<String> visitorList(PortalPage page, String window) {
        return page.window(window).select(".park-reception__visitors li").eachText();
    }
}
