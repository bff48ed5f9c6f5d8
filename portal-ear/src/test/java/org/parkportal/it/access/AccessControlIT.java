package org.parkportal.it.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.parkportal.it.support.DemoUser;
import org.parkportal.it.support.PageSets;
import org.parkportal.it.support.PortalClient;
import org.parkportal.it.support.PortalDeployment;
import org.parkportal.it.support.PortalPage;
import org.parkportal.it.support.Texts;

/**
 * Grants on the demo pages: each user finds exactly the pages their groups allow in the navigation, a page they
 * may not view answers 403 (a guest is sent to sign in), a window with grants of its own is shown only to its
 * grantees and refuses actions and resources from others, and the catalogue lists only usable portlets.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessControlIT {

    private static final List<String> ALL_TOP_PAGES = List.of("home", "workplace", "managers", "call-center", "admin");

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return PortalDeployment.ear();
    }

    @Test
    void aGuestSeesThePublicPagesOnlyAndIsSentToSignInForTheOthers() {
        PortalClient guest = PortalClient.newSession();
        assertEquals(Set.of("home"), topPages(guest.get("")));

        for (String page : List.of("workplace", "managers", "call-center", "admin")) {
            PortalPage answer = guest.get(page);
            assertEquals(302, answer.status(), page + ": " + answer.excerpt());
            URI location = URI.create(answer.location());
            assertEquals("/portal/signin", location.getPath());
            assertEquals("next=/portal/" + page, location.getQuery());
        }
    }

    @ParameterizedTest
    @EnumSource(DemoUser.class)
    void everyDemoUserSeesExactlyThePagesTheirGroupsAllow(DemoUser user) {
        PortalClient client = PortalClient.newSession();
        PortalPage home = client.signIn(user.uid(), user.password());
        Set<String> expected = user.topPages();

        assertEquals(expected, topPages(home));
        Set<String> pages = new java.util.TreeSet<>(ALL_TOP_PAGES);
        pages.addAll(expected);
        for (String page : pages) {
            int status = client.get(page).status();
            assertEquals(expected.contains(page) ? 200 : 403, status, user.uid() + " opening " + page);
        }
    }

    @Test
    void aForbiddenPageAnswersAnErrorPageInTheUsersSavedLanguage() {
        // carol's directory entry says French; her saved choice comes before the browser's Japanese.
        PortalClient carol = PortalClient.withLanguage("ja");
        carol.signIn("carol", "carol-Demo1");

        PortalPage answer = carol.get("admin");

        assertEquals(403, answer.status());
        assertEquals("fr", answer.document().selectFirst("html").attr("lang"));
        assertEquals(Texts.portal(Locale.FRENCH, "error.forbidden.title"), answer.document().selectFirst("h1").text());
        assertFalse(answer.body().contains("admin-audit"), "nothing of the page leaks into the error page");
    }

    @Test
    void aWindowWithItsOwnGrantsIsShownToItsGranteesOnly() {
        PortalClient bob = PortalClient.newSession();
        bob.signIn("bob", "bob-Demo1");
        PortalClient alice = PortalClient.newSession();
        alice.signIn("alice", "alice-Demo1");

        assertTrue(bob.get("workplace").findWindow("workplace-managers-notes").isPresent(), "a manager sees it");
        PortalPage page = alice.get("workplace");
        assertTrue(page.findWindow("workplace-notices").isPresent(), page::excerpt);
        assertFalse(page.findWindow("workplace-managers-notes").isPresent(), "alice is no manager");
        assertFalse(page.body().contains("workplace-managers-notes"), "not even its id is in the page");

        assertEquals(403, alice.get("workplace?p_l=resource&p_t=workplace-managers-notes").status());
        assertEquals(403, alice.post("workplace?p_l=action&p_t=workplace-managers-notes", Map.of()).status());
        assertEquals(404, alice.get("workplace?p_l=resource&p_t=no-such-window").status());
    }

    @Test
    void theCatalogueListsOnlyThePortletsTheCallerMayUse() {
        PageSets.importOrFail("""
                {"pages":[{"name":"it-access-catalogue","title":"Catalogue","hidden":true,"grants":{"view":["all-users"]},
                  "windows":[{"id":"it-catalogue-lobby","portlet":"samples/lobby-counter"}]}],
                 "portlets":[{"portlet":"samples/lobby-counter","grants":{"view":["group:managers"]}}]}
                """);
        try {
            assertFalse(PortalClient.newSession().catalogue().contains("samples/lobby-counter"));
            PortalClient alice = PortalClient.newSession();
            alice.signIn("alice", "alice-Demo1");
            assertFalse(alice.catalogue().contains("samples/lobby-counter"));
            assertTrue(alice.catalogue().contains("samples/park-clock"), "portlets without grants stay in it");
            assertFalse(alice.get("it-access-catalogue").findWindow("it-catalogue-lobby").isPresent(),
                    "a restricted portlet is not shown on a page either");
            PortalClient frank = PortalClient.newSession();
            frank.signIn("frank", "frank-Demo1");
            assertTrue(frank.catalogue().contains("samples/lobby-counter"));
            assertTrue(frank.get("it-access-catalogue").findWindow("it-catalogue-lobby").isPresent());
        } finally {
            PageSets.importOrFail("""
                    {"pages":[{"name":"it-access-catalogue","title":"Catalogue","hidden":true,"windows":[]}],
                     "portlets":[{"portlet":"samples/lobby-counter","grants":{}}]}
                    """);
        }
    }


    /** The top level of the navigation, as page paths. */
    private static Set<String> topPages(PortalPage page) {
        return page.document().select("ul.pp-nav-list > li > a.pp-nav-link").stream()
                .map(a -> a.attr("href").substring("/portal/".length())).collect(Collectors.toSet());
    }
}
