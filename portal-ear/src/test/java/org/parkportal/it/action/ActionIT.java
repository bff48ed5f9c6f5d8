package org.parkportal.it.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parkportal.it.support.PortalClient;
import org.parkportal.it.support.PortalDeployment;
import org.parkportal.it.support.PortalPage;
import org.parkportal.it.support.Texts;

/**
 * The action phase: a form submitted with the session's CSRF token runs the portlet's action and redirects to the
 * render URL of the result (post/redirect/get); without the token, with a wrong one, or with another session's,
 * the portal refuses it (403) before any portlet code runs.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ActionIT {

    private static final String VISITORS = "home-visitors";
    private static final String RECEPTION = "home-reception";

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return PortalDeployment.ear();
    }

    @Test
    void visitorFormPostRedirectsToTheRenderUrlShowingTheRegistration() {
        PortalClient browser = PortalClient.newSession();
        String action = registrationAction(browser);

        PortalPage answer = browser.post(action, Map.of("name", "Ada Lovelace", "company", "Analytical Engines"));

        assertEquals(302, answer.status(), answer::excerpt);
        String location = answer.location();
        assertFalse(location.contains("p_l=action"), "redirect to another action: " + location);
        assertFalse(location.contains("_csrf"), "the token leaks into the render URL: " + location);
        PortalPage result = browser.follow(answer);
        assertEquals(200, result.status(), result::excerpt);
        String visitors = result.windowText(VISITORS);
        assertTrue(visitors.contains(registered("Ada Lovelace")), visitors);
    }

    @Test
    void actionWithoutTokenIsRefused() {
        PortalClient browser = PortalClient.newSession();
        String action = registrationAction(browser);
        String withoutToken = action.replaceAll("[&?]_csrf=[^&]*", "");
        assertFalse(withoutToken.contains("_csrf"), withoutToken);

        PortalPage answer = browser.post(withoutToken, Map.of("name", "No Token Visitor", "company", ""));

        assertRefused(answer, Locale.ENGLISH);
        assertNoSuchVisitor(browser, "No Token Visitor");
    }

    @Test
    void actionWithWrongTokenIsRefusedWithATranslatedPage() {
        PortalClient browser = PortalClient.withLanguage("fr");
        String action = registrationAction(browser);
        String wrongToken = action.replaceAll("_csrf=[^&]*", "_csrf=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");

        PortalPage answer = browser.post(wrongToken, Map.of("name", "Wrong Token Visitor", "company", ""));

        assertRefused(answer, Locale.FRENCH);
        assertNoSuchVisitor(browser, "Wrong Token Visitor");
    }

    @Test
    void actionWithAnotherSessionsTokenIsRefused() {
        PortalClient victim = PortalClient.newSession();
        String victimsAction = registrationAction(victim);
        PortalClient attacker = PortalClient.newSession();
        registrationAction(attacker); // the attacker has a session (and a token) of its own

        PortalPage answer = attacker.post(victimsAction, Map.of("name", "Forged Visitor", "company", ""));

        assertRefused(answer, Locale.ENGLISH);
        assertNoSuchVisitor(attacker, "Forged Visitor");
        assertNoSuchVisitor(victim, "Forged Visitor");
        // The victim's own token still works.
        PortalPage own = victim.post(victimsAction, Map.of("name", "Rightful Visitor", "company", ""));
        assertEquals(302, own.status(), own::excerpt);
    }

    @Test
    void actionLinkWithTokenWorksWithGet() {
        PortalClient browser = PortalClient.newSession();
        String action = registrationAction(browser);

        PortalPage answer = browser.get(action + "&a.name=" + PortalClient.encode("Linus Torvalds")
                + "&a.company=" + PortalClient.encode("Transmeta"));

        assertEquals(302, answer.status(), answer::excerpt);
        PortalPage result = browser.follow(answer);
        assertEquals(200, result.status(), result::excerpt);
        String visitors = result.windowText(VISITORS);
        assertTrue(visitors.contains(registered("Linus Torvalds")), visitors);
    }

    /** Opens the home page and returns the visitor form's action URL (with the session's token). */
    private static String registrationAction(PortalClient browser) {
        PortalPage home = browser.get("home");
        assertEquals(200, home.status(), home::excerpt);
        String action = home.formAction(VISITORS);
        assertTrue(action.contains("p_l=action") && action.contains("_csrf="), action);
        return action;
    }

    private static void assertRefused(PortalPage answer, Locale locale) {
        assertEquals(403, answer.status(), answer::excerpt);
        assertEquals(Texts.portal(locale, "error.csrf.title"), answer.document().selectFirst("h1").text(),
                answer::excerpt);
        assertTrue(answer.header("Location").isEmpty(), "a refused action must not redirect");
    }

    /** The action had no effect: no registration shown, and the reception desk (same session) never heard of it. */
    private static void assertNoSuchVisitor(PortalClient browser, String name) {
        PortalPage home = browser.get("home");
        assertEquals(200, home.status(), home::excerpt);
        assertFalse(home.windowText(VISITORS).contains(name), () -> home.windowText(VISITORS));
        assertFalse(home.windowText(RECEPTION).contains(name), () -> home.windowText(RECEPTION));
    }

    private static String registered(String name) {
        return Texts.samples("visitor/VisitorRegistrationMessages", Locale.ENGLISH, "registered", name);
    }
}
