package org.parkportal.it.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import org.parkportal.it.support.PageSets;
import org.parkportal.it.support.PortalClient;
import org.parkportal.it.support.PortalDeployment;
import org.parkportal.it.support.PortalPage;
import org.parkportal.it.support.Texts;

/**
 * The profile portlet on the workplace page: the user's own entry with the company's name, and the language, theme
 * and password forms, whose outcomes come back translated. Password and language tests use throw-away users, so the
 * demo users keep theirs.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProfilePortletIT {

    private static final String WINDOW = "workplace-profile";
    private static final String BUNDLE = "profile/ProfileMessages";

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return PortalDeployment.ear();
    }

    @Test
    void showsTheSignedInUsersEntryWithTheNameOfTheirCompany() {
        PortalClient alice = PortalClient.withLanguage("en");
        alice.signIn("alice", "alice-Demo1");

        PortalPage workplace = alice.get("workplace");

        assertEquals(200, workplace.status(), workplace::excerpt);
        Element window = workplace.window(WINDOW);
        assertEquals("Acme Robotics", window.selectFirst(".park-profile__company").text(), workplace::excerpt);
        assertEquals("Alice Andersen", window.selectFirst(".park-profile__name").text());
        assertEquals("alice@acme.example", window.selectFirst(".park-profile__mail").text());
        assertEquals("alice", window.selectFirst(".park-profile__uid").text());
        assertTrue(workplace.windowError(WINDOW).isEmpty(), workplace::excerpt);
    }

    @Test
    void aGuestIsAskedToSignIn() {
        PageSets.importOrFail("""
                {"pages":[{"name":"it-profile-guest","title":"Profile","hidden":true,"grants":{"view":["all-users"]},
                  "windows":[{"id":"it-profile-guest","portlet":"identity/profile"}]}]}
                """);
        try {
            PortalPage page = PortalClient.withLanguage("fr").get("it-profile-guest");
            assertEquals(200, page.status(), page::excerpt);
            assertEquals(Texts.identity(BUNDLE, Locale.FRENCH, "guest"), page.windowText("it-profile-guest"));
            assertTrue(page.window("it-profile-guest").select("form").isEmpty(), "no forms for a guest");
        } finally {
            PageSets.importOrFail("""
                    {"pages":[{"name":"it-profile-guest","title":"Profile","hidden":true,"windows":[]}]}
                    """);
        }
    }

    @Test
    void aWrongCurrentPasswordIsRefused() throws Exception {
        try (TestPerson person = TestPerson.create("it-pw-wrong", "first-Secret1")) {
            PortalPage after = changePassword(signedIn(person), "not-the-Secret1", "second-Secret2", "second-Secret2");

            assertEquals(notice("failure.WRONG_PASSWORD"), noticeOf(after));
            PortalClient.newSession().signIn(person.uid(), "first-Secret1");
        }
    }

    @Test
    void aDifferentRepeatIsRefused() throws Exception {
        try (TestPerson person = TestPerson.create("it-pw-repeat", "first-Secret1")) {
            PortalPage after = changePassword(signedIn(person), "first-Secret1", "second-Secret2", "second-Secret3");

            assertEquals(notice("password.mismatch"), noticeOf(after));
            PortalClient.newSession().signIn(person.uid(), "first-Secret1");
        }
    }

    @Test
    void aWeakPasswordIsRefused() throws Exception {
        try (TestPerson person = TestPerson.create("it-pw-weak", "first-Secret1")) {
            PortalPage after = changePassword(signedIn(person), "first-Secret1", "short1", "short1");

            assertEquals(notice("password.weak"), noticeOf(after));
            PortalClient.newSession().signIn(person.uid(), "first-Secret1");
        }
    }

    @Test
    void aChangedPasswordIsTheOneThatSignsIn() throws Exception {
        try (TestPerson person = TestPerson.create("it-pw-change", "first-Secret1")) {
            PortalClient client = signedIn(person);
            PortalPage workplace = client.get("workplace");
            Element form = workplace.window(WINDOW).selectFirst("form.park-profile__password");

            PortalPage answer = client.post(form.attr("action"), Map.of("current", "first-Secret1",
                    "replacement", "second-Secret2", "repeat", "second-Secret2"));

            assertEquals(302, answer.status(), answer::excerpt);
            assertFalse(answer.location().contains("Secret"), "no password in the redirect: " + answer.location());
            PortalPage after = client.follow(answer);
            assertEquals(notice("password.changed"), noticeOf(after));
            assertFalse(after.body().contains("second-Secret2") || after.body().contains("first-Secret1"),
                    "passwords are never echoed");
            assertEquals(200, PortalClient.newSession().submitLogin(person.uid(), "first-Secret1").status(),
                    "the old password is refused (login page again)");
            PortalClient.newSession().signIn(person.uid(), "second-Secret2");
        }
    }

    @Test
    void theLanguageChosenInTheProfileIsSavedAndShownAtOnce() throws Exception {
        try (TestPerson person = TestPerson.create("it-profile-lang", "first-Secret1")) {
            PortalClient client = signedIn(person);
            Element form = client.get("workplace").window(WINDOW).selectFirst("form.park-profile__language");

            PortalPage after = client.follow(client.post(form.attr("action"), Map.of("lang", "ja")));

            assertEquals("ja", person.attribute("preferredLanguage"));
            assertEquals("ja", after.document().selectFirst("html").attr("lang"), "the page follows at once");
            assertEquals(Texts.identity(BUNDLE, Locale.JAPANESE, "language.saved", "日本語"), noticeOf(after));
            assertEquals("ja", PortalClient.withLanguage("en").signIn(person.uid(), "first-Secret1")
                    .document().selectFirst("html").attr("lang"), "and at the next sign-in");
        }
    }

    @Test
    void aLanguageThatIsNoPortalLanguageIsNotSaved() throws Exception {
        try (TestPerson person = TestPerson.create("it-profile-badlang", "first-Secret1")) {
            PortalClient client = signedIn(person);
            Element form = client.get("workplace").window(WINDOW).selectFirst("form.park-profile__language");

            PortalPage after = client.follow(client.post(form.attr("action"), Map.of("lang", "xx\"><b>")));

            assertEquals("en", person.attribute("preferredLanguage"));
            assertEquals(notice("language.unknown"), noticeOf(after));
        }
    }

    @Test
    void theThemeChosenInTheProfileIsSavedAndAppliesAtOnce() throws Exception {
        try (TestPerson person = TestPerson.create("it-profile-theme", "first-Secret1")) {
            PortalClient client = signedIn(person);
            Element form = client.get("workplace").window(WINDOW).selectFirst("form.park-profile__theme");

            PortalPage after = client.follow(client.post(form.attr("action"), Map.of("theme", "mobile")));

            assertEquals("mobile", person.attribute("portalTheme"));
            assertEquals(notice("theme.saved"), noticeOf(after));
            assertEquals("pp-theme-mobile", after.document().selectFirst("html").attr("class"),
                    "the page after the change is drawn in the new theme");
            assertEquals("pp-theme-mobile", signedIn(person).get("home").document().selectFirst("html").attr("class"),
                    "and so is the next sign-in");
        }
    }

    private static PortalClient signedIn(TestPerson person) {
        PortalClient client = PortalClient.withLanguage("en");
        client.signIn(person.uid(), person.password());
        return client;
    }

    private static PortalPage changePassword(PortalClient client, String current, String replacement, String repeat) {
        Element form = client.get("workplace").window(WINDOW).selectFirst("form.park-profile__password");
        assertNotNull(form);
        PortalPage answer = client.post(form.attr("action"),
                Map.of("current", current, "replacement", replacement, "repeat", repeat));
        assertEquals(302, answer.status(), answer::excerpt);
        return client.follow(answer);
    }

    private static String noticeOf(PortalPage page) {
        Element notice = page.window(WINDOW).selectFirst(".park-identity-notice");
        assertNotNull(notice, page::excerpt);
        return notice.text();
    }

    private static String notice(String key) {
        return Texts.identity(BUNDLE, Locale.ENGLISH, key);
    }
}
