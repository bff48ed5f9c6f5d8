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

/**
 * Portlet preferences through the welcome portlet's edit mode: stored in the database, validated, and per user:
 * what a signed-in user saves is theirs (at every sign-in), others keep the shared value; guests get no edit mode.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PreferencesIT {

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return PortalDeployment.ear();
    }

    @Test
    void aSavedGreetingIsTheUsersOwnAndOthersKeepTheSharedOne() {
        PortalClient bob = PortalClient.newSession();
        bob.signIn("bob", "bob-Demo1");
        String shared = Greeting.shown(PortalClient.newSession().get("home"));
        String greeting = "Hello from PreferencesIT " + System.nanoTime();

        PortalPage saved = Greeting.save(bob, greeting);

        assertEquals(302, saved.status(), saved::excerpt);
        PortalPage back = bob.follow(saved);
        assertEquals(200, back.status(), back::excerpt);
        assertTrue(back.window("home-welcome").hasClass("pp-mode-view"), "back to view mode after saving");
        assertEquals(greeting, Greeting.shown(back));
        // Stored, not kept in the session: bob's next sign-in shows it too.
        PortalClient bobAgain = PortalClient.newSession();
        bobAgain.signIn("bob", "bob-Demo1");
        assertEquals(greeting, Greeting.shown(bobAgain.get("home")));
        PortalClient alice = PortalClient.newSession();
        alice.signIn("alice", "alice-Demo1");
        assertEquals(shared, Greeting.shown(alice.get("home")), "alice keeps the shared greeting");
        assertEquals(shared, Greeting.shown(PortalClient.newSession().get("home")), "so do guests");
    }

    @Test
    void guestsGetNoEditMode() {
        PortalClient guest = PortalClient.newSession();
        PortalPage page = guest.get("home?m.home-welcome=edit");

        assertEquals(200, page.status(), page::excerpt);
        assertTrue(page.window("home-welcome").hasClass("pp-mode-view"), "edit mode is refused to guests");
        assertTrue(page.window("home-welcome").select(".pp-control-mode-edit").isEmpty(), "and not offered");
    }

    @Test
    void blankGreetingIsRefusedWithTheTranslatedMessageAndTheOldOneKept() {
        PortalClient carol = PortalClient.newSession();
        carol.signIn("carol", "carol-Demo1");
        String kept = "Kept greeting " + System.nanoTime();
        assertEquals(302, Greeting.save(carol, kept).status());

        PortalPage refused = Greeting.save(carol, "   ");

        assertEquals(302, refused.status(), refused::excerpt);
        PortalPage form = carol.follow(refused);
        assertEquals(200, form.status(), form::excerpt);
        assertTrue(form.window("home-welcome").hasClass("pp-mode-edit"), "back to the form");
        Element problem = form.window("home-welcome").selectFirst("[role=alert]");
        assertTrue(problem != null, () -> "no message: " + form.window("home-welcome"));
        // carol's saved language is French
        assertEquals(Texts.samples("welcome/WelcomeMessages", Locale.FRENCH, "error.greeting.blank"), problem.text());
        assertEquals(kept, Greeting.shown(carol.get("home")));
    }

    @Test
    void tooLongGreetingIsRefusedAndTheOldOneKept() {
        PortalClient admin = PortalClient.newSession();
        admin.signIn("admin", "admin-Demo1");
        String kept = "Short greeting " + System.nanoTime();
        assertEquals(302, Greeting.save(admin, kept).status());

        PortalPage refused = Greeting.save(admin, "x".repeat(121));

        assertEquals(302, refused.status(), refused::excerpt);
        Element problem = admin.follow(refused).window("home-welcome").selectFirst("[role=alert]");
        assertTrue(problem != null, "no message for a greeting of 121 characters");
        assertEquals(Texts.samples("welcome/WelcomeMessages", Locale.ENGLISH, "error.greeting.tooLong", 120), problem.text());
        assertEquals(kept, Greeting.shown(admin.get("home")));
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
