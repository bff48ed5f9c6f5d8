package org.parkportal.it.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Map;
import org.apache.directory.api.ldap.model.entry.DefaultModification;
import org.apache.directory.api.ldap.model.entry.ModificationOperation;
import org.apache.directory.ldap.client.api.LdapConnection;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parkportal.it.support.PortalClient;
import org.parkportal.it.support.PortalDeployment;
import org.parkportal.it.support.PortalPage;
import org.parkportal.it.support.TestDirectory;
import org.parkportal.it.support.Texts;

/**
 * The language a user sees: their saved choice (preferredLanguage in the directory) before the browser's; the
 * switcher saves a new choice in the directory, so it holds at the next sign-in; a guest's choice lasts the session.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LanguagePreferenceIT {

    private static final String USER_DN = "uid=dave,ou=people,dc=parkportal,dc=org";

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return PortalDeployment.ear();
    }

    @AfterEach
    void restoreDavesLanguage() throws Exception {
        try (LdapConnection ldap = TestDirectory.adminConnection()) {
            ldap.modify(USER_DN, new DefaultModification(ModificationOperation.REPLACE_ATTRIBUTE, "preferredLanguage", "zh-CN"));
        }
    }

    @Test
    void theSavedLanguageWinsOverTheBrowsersAndTheSwitcherSavesANewOne() throws Exception {
        PortalClient dave = PortalClient.withLanguage("en");
        PortalPage home = dave.signIn("dave", "dave-Demo1");
        assertEquals("zh-CN", lang(home), "dave's directory entry says zh-CN");

        PortalPage switched = switchLanguage(dave, home, "ko");
        assertEquals(302, switched.status(), switched::excerpt);
        PortalPage after = dave.follow(switched);
        assertEquals("ko", lang(after));
        assertEquals(Texts.portal(Locale.KOREAN, "user.signOut"), after.document().selectFirst(".pp-signout").text());
        try (LdapConnection ldap = TestDirectory.adminConnection()) {
            assertEquals("ko", ldap.lookup(USER_DN, "preferredLanguage").get("preferredLanguage").getString());
        }

        PortalClient again = PortalClient.withLanguage("en");
        assertEquals("ko", lang(again.signIn("dave", "dave-Demo1")), "the choice holds at the next sign-in");
    }

    @Test
    void aGuestsChoiceHoldsForTheSessionOnly() {
        PortalClient guest = PortalClient.withLanguage("en");
        PortalPage home = guest.get("");
        assertEquals("en", lang(home));

        assertEquals("it", lang(guest.follow(switchLanguage(guest, home, "it"))));
        assertEquals("it", lang(guest.get("home")));
        assertEquals("en", lang(PortalClient.withLanguage("en").get("home")), "another visitor is not affected");
    }

    @Test
    void theSwitcherNeedsTheToken() {
        PortalClient guest = PortalClient.newSession();
        guest.get("");
        assertEquals(403, guest.post("preferences", Map.of("lang", "fr", "_csrf", "forged")).status());
        assertEquals("en", lang(guest.get("home")));
    }

    private static PortalPage switchLanguage(PortalClient client, PortalPage page, String tag) {
        var form = page.document().selectFirst("form.pp-switcher-lang");
        return client.post(form.attr("action"), Map.of("lang", tag,
                "_csrf", form.selectFirst("input[name=_csrf]").attr("value"),
                "back", form.selectFirst("input[name=back]").attr("value")));
    }

    private static String lang(PortalPage page) {
        return page.document().selectFirst("html").attr("lang");
    }
}
