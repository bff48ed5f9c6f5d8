package org.parkportal.it.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.directory.ldap.client.api.LdapConnection;
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
import org.parkportal.it.support.TestDirectory;
import org.parkportal.it.support.Texts;

/**
 * The directory portlet on the admin page: an administrator searches people and groups, creates a user, puts them in
 * a group and disables accounts, with the effects checked in the directory and at sign-in. Nobody else gets it: not
 * on the page, not in the catalogue, and the back office refuses it even where a page would show it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DirectoryPortletIT {

    private static final String WINDOW = "admin-directory";
    private static final String BUNDLE = "directory/DirectoryMessages";

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return PortalDeployment.ear();
    }

    @Test
    void anAdministratorFindsAliceBySearchingAli() {
        PortalPage result = searchPeople(admin(), "ali");

        assertTrue(uids(result).contains("alice"), result::excerpt);
        for (Element found : result.window(WINDOW).select("tr[data-uid]")) {
            assertTrue(found.text().toLowerCase(Locale.ROOT).contains("ali"), found::text); // carol Chevalier too
        }
        Element row = result.window(WINDOW).selectFirst("tr[data-uid=alice]");
        assertTrue(row.text().contains("Alice Andersen") && row.text().contains("alice@acme.example"), row::text);
        assertEquals(text("no"), row.selectFirst(".park-directory__disabled").text());
    }

    @Test
    void anLdapFilterInTheSearchTextIsLookedForLiterally() {
        PortalPage result = searchPeople(admin(), "*)(uid=*");

        assertEquals(200, result.status(), result::excerpt);
        assertEquals(List.of(), uids(result));
        assertTrue(result.windowError(WINDOW).isEmpty(), result::excerpt);
        assertEquals(text("people.none"), result.window(WINDOW).selectFirst(".park-directory__none").text());
        assertEquals("*)(uid=*", result.window(WINDOW).selectFirst("form.park-directory__search-people input[name=text]")
                .attr("value"), "the search text is shown again, escaped");
    }

    @Test
    void groupsAreListedWithTheirMemberCount() {
        PortalClient admin = admin();
        Element form = admin.get("admin").window(WINDOW).selectFirst("form.park-directory__search-groups");

        PortalPage result = admin.follow(admin.post(form.attr("action"), Map.of("text", "sales")));

        Element row = result.window(WINDOW).selectFirst("tr[data-group=sales]");
        assertNotNull(row, result::excerpt);
        assertEquals("1", row.selectFirst(".park-directory__count").text(), "alice is the demo directory's salesperson");
    }

    @Test
    void anAdministratorCreatesAUserPutsThemInSalesAndTheyCanSignIn() throws Exception {
        try (TestPerson person = TestPerson.toBeCreated("it-created")) {
            PortalClient admin = admin();
            PortalPage created = createPerson(admin, Map.of("uid", "it-created", "givenName", "Ida", "surname", "Tester",
                    "mail", "ida@acme.example", "tenant", "acme", "language", "de", "password", "first-Secret1"));

            assertEquals(text("person.created", "it-created"), noticeOf(created));
            assertEquals(List.of("it-created"), uids(created), "the new user is shown");
            assertEquals("de", person.attribute("preferredLanguage"));
            assertEquals("acme", person.attribute("portalTenant"));

            Element membership = created.window(WINDOW).selectFirst("form.park-directory__membership");
            PortalPage added = admin.follow(admin.post(membership.attr("action"),
                    Map.of("uid", "it-created", "group", "sales", "change", "add")));
            assertEquals(text("member.added", "it-created", "sales"), noticeOf(added));
            try (LdapConnection ldap = TestDirectory.adminConnection()) {
                assertTrue(ldap.lookup("cn=sales,ou=groups,dc=parkportal,dc=org", "member").get("member")
                        .contains(TestPerson.dn("it-created")));
            }

            PortalPage home = PortalClient.newSession().signIn("it-created", "first-Secret1");
            assertEquals("Ida Tester", home.document().selectFirst(".pp-user-name-text").text());
        }
    }

    @Test
    void aRefusedNewUserKeepsTheTypedValuesButNotThePassword() throws Exception {
        try (TestPerson ignored = TestPerson.toBeCreated("it-badmail")) {
            PortalPage refused = createPerson(admin(), Map.of("uid", "it-badmail", "givenName", "Ida", "surname",
                    "<b>Tester</b>", "mail", "not-an-address", "tenant", "acme", "language", "fr", "password",
                    "first-Secret1"));

            assertEquals(text("invalid.mail"), noticeOf(refused));
            Element form = refused.window(WINDOW).selectFirst("form.park-directory__create");
            assertEquals("it-badmail", form.selectFirst("input[name=uid]").attr("value"));
            assertEquals("<b>Tester</b>", form.selectFirst("input[name=surname]").attr("value"), "kept, and escaped");
            assertEquals("true", form.selectFirst("input[name=mail]").attr("aria-invalid"));
            assertEquals("", form.selectFirst("input[name=password]").attr("value"));
            assertFalse(refused.body().contains("first-Secret1"), "the password is not sent back");
            assertEquals("fr", form.selectFirst("select[name=language] option[selected]").attr("value"));
            try (LdapConnection ldap = TestDirectory.adminConnection()) {
                assertFalse(ldap.exists(TestPerson.dn("it-badmail")));
            }
        }
    }

    @Test
    void anExistingLoginNameIsRefused() {
        PortalPage refused = createPerson(admin(), Map.of("uid", "alice", "givenName", "Another", "surname", "Alice",
                "mail", "", "tenant", "acme", "language", "en", "password", "first-Secret1"));

        assertEquals(text("uid.taken"), noticeOf(refused));
    }

    @Test
    void aDisabledUserCanNoLongerSignInAndAnEnabledOneCanAgain() throws Exception {
        try (TestPerson person = TestPerson.create("it-disabled", "first-Secret1")) {
            PortalClient admin = admin();
            PortalPage found = searchPeople(admin, "it-disabled");

            PortalPage disabled = admin.follow(admin.post(accountForm(found, "it-disabled").attr("action"),
                    fields(accountForm(found, "it-disabled"))));

            assertEquals(text("person.disabled", "it-disabled"), noticeOf(disabled));
            assertEquals("TRUE", person.attribute("portalAccountDisabled"));
            assertEquals(text("yes"), disabled.window(WINDOW).selectFirst("tr[data-uid=it-disabled] .park-directory__disabled").text());
            PortalPage refused = PortalClient.newSession().submitLogin("it-disabled", "first-Secret1");
            assertEquals(200, refused.status(), "back on the login page");
            assertNotNull(refused.document().selectFirst("#pp-login-error"), refused::excerpt);

            admin.follow(admin.post(accountForm(disabled, "it-disabled").attr("action"),
                    fields(accountForm(disabled, "it-disabled"))));
            assertEquals("FALSE", person.attribute("portalAccountDisabled"));
            PortalClient.newSession().signIn("it-disabled", "first-Secret1");
        }
    }

    @Test
    void anAdministratorCannotDisableThemselves() {
        PortalClient admin = admin();
        PortalPage found = searchPeople(admin, "admin");

        PortalPage refused = admin.follow(admin.post(accountForm(found, "admin").attr("action"),
                fields(accountForm(found, "admin"))));

        assertEquals(text("failure.NOT_ALLOWED"), noticeOf(refused));
        PortalClient.newSession().signIn("admin", "admin-Demo1");
    }

    @Test
    void aNonAdministratorGetsNeitherThePageNorTheCatalogueEntry() {
        PortalClient alice = PortalClient.newSession();
        alice.signIn("alice", "alice-Demo1");

        PortalPage admin = alice.get("admin");
        assertEquals(403, admin.status());
        assertFalse(admin.body().contains(WINDOW));
        assertFalse(alice.catalogue().contains("identity/directory"));
        assertTrue(alice.catalogue().contains("identity/profile"));
        assertTrue(admin().catalogue().contains("identity/directory"));
    }

    @Test
    void theBackOfficeRefusesANonAdministratorEvenWhereAPageShowsThePortlet() {
        PageSets.importOrFail("""
                {"pages":[{"name":"it-directory-open","title":"Directory","hidden":true,"grants":{"view":["authenticated"]},
                  "windows":[{"id":"it-directory-open","portlet":"identity/directory"}]}],
                 "portlets":[{"portlet":"identity/directory","grants":{}}]}
                """);
        try {
            PortalClient alice = PortalClient.withLanguage("de");
            alice.signIn("alice", "alice-Demo1");
            PortalPage page = alice.get("it-directory-open");

            assertEquals(200, page.status(), page::excerpt);
            assertEquals(Texts.identity(BUNDLE, Locale.ENGLISH, "notAllowed"), page.windowText("it-directory-open"),
                    "alice's saved language is English");
            assertTrue(page.windowError("it-directory-open").isEmpty(), page::excerpt);
            assertTrue(page.window("it-directory-open").select("form").isEmpty());
        } finally {
            PageSets.importOrFail("""
                    {"pages":[{"name":"it-directory-open","title":"Directory","hidden":true,"windows":[]}],
                     "portlets":[{"portlet":"identity/directory","grants":{"view":["group:portal-admins"]}}]}
                    """);
        }
    }

    private static PortalClient admin() {
        PortalClient admin = PortalClient.withLanguage("en");
        admin.signIn("admin", "admin-Demo1");
        return admin;
    }

    private static PortalPage searchPeople(PortalClient admin, String text) {
        Element form = admin.get("admin").window(WINDOW).selectFirst("form.park-directory__search-people");
        PortalPage answer = admin.post(form.attr("action"), Map.of("text", text));
        assertEquals(302, answer.status(), answer::excerpt);
        return admin.follow(answer);
    }

    private static PortalPage createPerson(PortalClient admin, Map<String, String> fields) {
        Element form = admin.get("admin").window(WINDOW).selectFirst("form.park-directory__create");
        PortalPage answer = admin.post(form.attr("action"), fields);
        assertEquals(302, answer.status(), answer::excerpt);
        return admin.follow(answer);
    }

    private static Element accountForm(PortalPage page, String uid) {
        Element form = page.window(WINDOW).selectFirst("tr[data-uid=" + uid + "] form.park-directory__account");
        assertNotNull(form, page::excerpt);
        return form;
    }

    /** The hidden fields of a form, as the browser would send them. */
    private static Map<String, String> fields(Element form) {
        Map<String, String> fields = new HashMap<>();
        form.select("input[type=hidden]").forEach(i -> fields.put(i.attr("name"), i.attr("value")));
        return fields;
    }

    private static List<String> uids(PortalPage page) {
        return page.window(WINDOW).select("tr[data-uid]").stream().map(tr -> tr.attr("data-uid")).toList();
    }

    private static String noticeOf(PortalPage page) {
        Element notice = page.window(WINDOW).selectFirst(".park-identity-notice");
        assertNotNull(notice, page::excerpt);
        return notice.text();
    }

    private static String text(String key, Object... arguments) {
        return Texts.identity(BUNDLE, Locale.ENGLISH, key, arguments);
    }

}
