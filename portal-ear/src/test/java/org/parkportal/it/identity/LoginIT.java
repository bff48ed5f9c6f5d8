package org.parkportal.it.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.parkportal.it.support.DemoUser;
import org.parkportal.it.support.PortalClient;
import org.parkportal.it.support.PortalDeployment;
import org.parkportal.it.support.PortalPage;
import org.parkportal.it.support.Texts;

/** FORM sign-in against the directory (the embedded ApacheDS, or slapd in CI), sign-out, and what is refused. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoginIT {

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return PortalDeployment.ear();
    }

    @ParameterizedTest
    @EnumSource(DemoUser.class)
    void everyDemoUserSignsInAndIsGreetedWithTheNameFromTheDirectory(DemoUser user) {
        PortalPage home = PortalClient.newSession().signIn(user.uid(), user.password());

        assertEquals(200, home.status(), home::excerpt);
        Element name = home.document().selectFirst(".pp-user-name-text");
        assertNotNull(name, home::excerpt);
        assertEquals(user.displayName(), name.text());
    }

    @Test
    void theLoginPageSpeaksTheVisitorsLanguageAndPostsToJSecurityCheck() {
        PortalPage login = PortalClient.withLanguage("de").get("signin");

        assertEquals(200, login.status(), login::excerpt);
        assertEquals("de", login.document().selectFirst("html").attr("lang"));
        assertEquals(Texts.portal(Locale.GERMAN, "login.title"), login.document().selectFirst("h1").text());
        Element form = login.document().selectFirst("form.pp-login-form");
        assertEquals("/portal/j_security_check", form.attr("action"));
        assertNotNull(form.selectFirst("input[name=j_username]"));
        assertNotNull(form.selectFirst("input[name=j_password][type=password]"));
    }

    @Test
    void theSessionIdChangesAtSignIn() {
        PortalClient client = PortalClient.newSession();
        client.get("signin");
        String before = client.sessionId();
        assertNotNull(before, "the login page runs in a session");

        PortalPage answer = client.submitLogin("alice", "alice-Demo1");

        assertEquals(302, answer.status(), answer::excerpt);
        assertNotNull(client.sessionId());
        assertNotEquals(before, client.sessionId(), "session fixation: the id must change at sign-in");
    }

    @Test
    void aWrongPasswordShowsATranslatedErrorAndSignsNobodyIn() {
        PortalClient client = PortalClient.withLanguage("fr");
        PortalPage answer = client.submitLogin("carol", "not-her-password");

        assertEquals(200, answer.status(), answer::excerpt);
        assertEquals(Texts.portal(Locale.FRENCH, "login.failed"), answer.document().selectFirst("#pp-login-error").text());
        PortalPage home = client.get("");
        assertTrue(home.document().select(".pp-user-guest").size() > 0, home::excerpt);
    }

    @ParameterizedTest
    @ValueSource(strings = {"*)(uid=*", "*", "alice)(|(uid=*", "*)(objectClass=*", "alice*", "(uid=alice)"})
    void ldapFilterInjectionInTheUserNameGetsNobodyIn(String userName) {
        PortalClient client = PortalClient.newSession();
        PortalPage answer = client.submitLogin(userName, "alice-Demo1");

        assertEquals(200, answer.status(), answer::excerpt);
        assertNotNull(answer.document().selectFirst("#pp-login-error"), answer::excerpt);
        assertTrue(client.get("").document().select(".pp-user-guest").size() > 0);
    }

    @Test
    void signOutNeedsThePostWithTheTokenAndEndsTheSession() {
        PortalClient client = PortalClient.newSession();
        PortalPage home = client.signIn("bob", "bob-Demo1");
        Element form = home.document().selectFirst("form.pp-signout-form");
        assertNotNull(form, home::excerpt);
        String token = form.selectFirst("input[name=_csrf]").attr("value");

        assertEquals(405, client.get("signout").status(), "a GET must not sign out");
        assertEquals(403, client.post("signout", Map.of("_csrf", "forged")).status());
        assertEquals("Bob Becker", client.get("").document().selectFirst(".pp-user-name-text").text());

        PortalPage out = client.post("signout", Map.of("_csrf", token));
        assertEquals(302, out.status(), out::excerpt);
        PortalPage after = client.get("");
        assertTrue(after.document().select(".pp-user-guest").size() > 0, after::excerpt);
    }

    @Test
    void afterSignInOnlyPortalPathsAreFollowed() {
        PortalClient client = PortalClient.newSession();
        client.get("signin?next=" + PortalClient.encode("https://evil.example/"));
        PortalPage answer = client.post("j_security_check", Map.of("j_username", "erin", "j_password", "erin-Demo1"));
        PortalPage signin = client.follow(answer);

        assertEquals(302, signin.status(), signin::excerpt);
        assertEquals("/portal/", java.net.URI.create(signin.location()).getPath());
        assertTrue(!signin.location().contains("evil"), signin.location());
    }
}
