package org.parkportal.it.preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** Portlet preferences through the welcome portlet's edit mode: stored, validated, shared with every visitor. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PreferencesIT {

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return PortalDeployment.ear();
    }

    @Test
    void savedGreetingIsShownToAFreshClient() {
        PortalClient editor = PortalClient.newSession();
        String greeting = "Hello from PreferencesIT " + System.nanoTime();

        PortalPage saved = Greeting.save(editor, greeting);

        assertEquals(302, saved.status(), saved::excerpt);
        PortalPage back = editor.follow(saved);
        assertEquals(200, back.status(), back::excerpt);
        assertTrue(back.window("home-welcome").hasClass("pp-mode-view"), "back to view mode after saving");
        assertEquals(greeting, Greeting.shown(back));
        // Stored, not kept in the editor's session: a client with no session sees it too.
        assertEquals(greeting, Greeting.shown(PortalClient.newSession().get("home")));
    }

    @Test
    void blankGreetingIsRefusedWithTheTranslatedMessageAndTheOldOneKept() {
        String kept = "Kept greeting " + System.nanoTime();
        assertEquals(302, Greeting.save(PortalClient.newSession(), kept).status());
        PortalClient editor = PortalClient.withLanguage("fr");

        PortalPage refused = Greeting.save(editor, "   ");

        assertEquals(302, refused.status(), refused::excerpt);
        PortalPage form = editor.follow(refused);
        assertEquals(200, form.status(), form::excerpt);
        assertTrue(form.window("home-welcome").hasClass("pp-mode-edit"), "back to the form");
        Element problem = form.window("home-welcome").selectFirst("[role=alert]");
        assertTrue(problem != null, () -> "no message: " + form.window("home-welcome"));
        assertEquals(Texts.samples("welcome/WelcomeMessages", Locale.FRENCH, "error.greeting.blank"), problem.text());
        assertEquals(kept, Greeting.shown(PortalClient.newSession().get("home")));
    }

    @Test
    void tooLongGreetingIsRefusedAndTheOldOneKept() {
        String kept = "Short greeting " + System.nanoTime();
        assertEquals(302, Greeting.save(PortalClient.newSession(), kept).status());
        PortalClient editor = PortalClient.newSession();

        PortalPage refused = Greeting.save(editor, "x".repeat(121));

        assertEquals(302, refused.status(), refused::excerpt);
        Element problem = editor.follow(refused).window("home-welcome").selectFirst("[role=alert]");
        assertTrue(problem != null, "no message for a greeting of 121 characters");
        assertEquals(Texts.samples("welcome/WelcomeMessages", Locale.ENGLISH, "error.greeting.tooLong", 120), problem.text());
        assertEquals(kept, Greeting.shown(PortalClient.newSession().get("home")));
    }

    /** The welcome portlet's greeting, as a visitor sees it and as its edit form changes it. */
    static final class Greeting {

        private Greeting() {
        }

        /** Opens the welcome window's edit mode and submits its form with the greeting (answer not followed). */
        static PortalPage save(PortalClient client, String greeting) {
            PortalPage edit = client.get("home?m.home-welcome=edit");
            assertEquals(200, edit.status(), edit::excerpt);
            assertTrue(edit.window("home-welcome").hasClass("pp-mode-edit"), () -> "" + edit.window("home-welcome"));
            assertTrue(edit.window("home-welcome").selectFirst("input[name=greeting]") != null,
                    () -> "no greeting field: " + edit.window("home-welcome"));
            return client.post(edit.formAction("home-welcome"), Map.of("greeting", greeting));
        }

        static String shown(PortalPage page) {
            assertEquals(200, page.status(), page::excerpt);
            Element greeting = page.window("home-welcome").selectFirst(".park-welcome__greeting");
            assertTrue(greeting != null, () -> "no greeting: " + page.window("home-welcome"));
            return greeting.text();
        }
    }
}
