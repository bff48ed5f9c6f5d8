package org.parkportal.it.personal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parkportal.it.personal.PersonalPages.PAGE;
import static org.parkportal.it.personal.PersonalPages.arrange;
import static org.parkportal.it.personal.PersonalPages.columns;
import static org.parkportal.it.personal.PersonalPages.customise;

import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parkportal.it.support.PortalClient;
import org.parkportal.it.support.PortalDeployment;
import org.parkportal.it.support.PortalPage;

/**
 * A user's own arrangement of a shared page: add, move, remove, layout, reset, layered over the shared page so
 * that the administrators' later changes still arrive; locked windows stay; private pages are their owner's only.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PersonalizationIT {

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return PortalDeployment.ear();
    }

    @BeforeEach
    void sharedPage() {
        PersonalPages.importSharedPage(null);
    }

    @Test
    void addMoveRemoveAndLayoutArePersonalAndSurviveSigningOutAndIn() {
        PortalClient erin = PortalClient.newSession();
        erin.signIn("erin", "erin-Demo1");
        PortalPage page = erin.get(PAGE);
        assertEquals(List.of(List.of("it-personal-clock", "it-personal-notices"), List.of("it-personal-weather")),
                columns(page));

        assertEquals(302, customise(erin, page, "pp-customise-add",
                Map.of("portlet", "samples/lobby-counter", "column", "1")).status());
        page = erin.get(PAGE);
        String added = columns(page).get(1).get(1);
        assertTrue(added.startsWith("my-"), added);
        assertEquals("samples/lobby-counter", page.window(added).attr("data-portlet-name"));

        assertEquals(302, arrange(erin, page, "it-personal-notices", "right").status());
        page = erin.get(PAGE);
        assertEquals(List.of("it-personal-clock"), columns(page).get(0));
        assertTrue(columns(page).get(1).contains("it-personal-notices"));

        assertEquals(302, arrange(erin, page, "it-personal-weather", "remove").status());
        assertEquals(302, customise(erin, erin.get(PAGE), "pp-customise-layout", Map.of("layout", "three-columns")).status());

        PortalClient again = PortalClient.newSession();
        PortalPage after = again.signIn("erin", "erin-Demo1");
        after = again.get(PAGE);
        assertFalse(after.findWindow("it-personal-weather").isPresent(), "removed for erin");
        assertTrue(after.findWindow(added).isPresent(), "her own window is still there");
        assertEquals(3, columns(after).size(), "her layout");

        PortalClient dave = PortalClient.newSession();
        dave.signIn("dave", "dave-Demo1");
        PortalPage davesPage = dave.get(PAGE);
        assertEquals(List.of(List.of("it-personal-clock", "it-personal-notices"), List.of("it-personal-weather")),
                columns(davesPage), "other users see the shared page");
        assertEquals(404, dave.post("personal", Map.of("op", "remove", "page", PAGE, "window", added,
                "_csrf", davesPage.document().selectFirst("#pp-customise").attr("data-pp-token"))).status(),
                "erin's window does not exist for dave");
        assertTrue(again.get(PAGE).findWindow(added).isPresent(), "nobody else can touch erin's window");

        resetFor(again);
    }

    @Test
    void laterChangesToTheSharedPageStillReachTheUserAndResetBringsTheSharedPageBack() {
        PortalClient frank = PortalClient.newSession();
        frank.signIn("frank", "frank-Demo1");
        PortalPage page = frank.get(PAGE);
        arrange(frank, page, "it-personal-weather", "remove");

        PersonalPages.importSharedPage("{\"id\":\"it-personal-added-later\",\"portlet\":\"samples/welcome\",\"column\":1}");
        PortalPage later = frank.get(PAGE);
        assertTrue(later.findWindow("it-personal-added-later").isPresent(), "the administrators' new window arrives");
        assertFalse(later.findWindow("it-personal-weather").isPresent(), "frank's removal still holds");

        assertEquals(302, customise(frank, later, "pp-customise-reset", Map.of()).status());
        PortalPage reset = frank.get(PAGE);
        assertTrue(reset.findWindow("it-personal-weather").isPresent(), "reset brings the shared page back");
        assertNull(reset.document().selectFirst("form.pp-customise-reset"), "nothing left to reset");
    }

    @Test
    void aLockedWindowCanNeitherBeMovedNorRemoved() {
        PortalClient alice = PortalClient.newSession();
        alice.signIn("alice", "alice-Demo1");
        PortalPage page = alice.get(PAGE);
        assertNull(page.window("it-personal-clock").selectFirst("form.pp-window-arrange"), "no controls for it");
        String token = page.document().selectFirst("#pp-customise").attr("data-pp-token");

        PortalPage refused = alice.post("personal", Map.of("op", "remove", "page", PAGE, "window", "it-personal-clock",
                "_csrf", token));
        assertEquals(409, refused.status(), refused::excerpt);
        assertEquals(409, alice.post("personal?to=down", Map.of("op", "move", "page", PAGE,
                "window", "it-personal-clock", "_csrf", token)).status());
        assertTrue(alice.get(PAGE).findWindow("it-personal-clock").isPresent());
    }

    @Test
    void changesNeedTheTokenTheGrantAndASignedInUser() {
        PortalClient guest = PortalClient.newSession();
        guest.get("");
        assertEquals(403, guest.post("personal", Map.of("op", "reset", "page", PAGE, "_csrf", "x")).status());

        PortalClient bob = PortalClient.newSession();
        PortalPage home = bob.signIn("bob", "bob-Demo1");
        assertEquals(403, bob.post("personal", Map.of("op", "reset", "page", PAGE, "_csrf", "forged")).status());
        String token = bob.get(PAGE).document().selectFirst("#pp-customise").attr("data-pp-token");
        // home/reception: all users may view it, only signed-in users may customise - but "admin" bob may not view
        assertEquals(403, bob.post("personal", Map.of("op", "layout", "layout", "one-column", "page", "admin",
                "_csrf", token)).status());
        assertNotNull(home);
    }

    @Test
    void privatePagesBelongToTheirOwnerOnly() {
        PortalClient carol = PortalClient.newSession();
        carol.signIn("carol", "carol-Demo1");
        PortalPage created = customise(carol, carol.get(PAGE), "pp-customise-newpage",
                Map.of("name", "my-notes", "title", "Mes notes"));
        assertEquals(302, created.status(), created::excerpt);
        assertTrue(created.location().endsWith("/portal/my/my-notes"), created.location());

        PortalPage notes = carol.get("my/my-notes");
        assertEquals(200, notes.status());
        assertEquals("Mes notes", notes.document().selectFirst("h1").text());
        assertTrue(notes.document().select("a.pp-nav-link").stream().anyMatch(a -> a.attr("href").equals("/portal/my/my-notes")),
                "in carol's navigation");
        customise(carol, notes, "pp-customise-add", Map.of("portlet", "samples/park-clock", "column", "0"));
        assertEquals(1, carol.get("my/my-notes").windows().size());

        PortalClient alice = PortalClient.newSession();
        alice.signIn("alice", "alice-Demo1");
        assertEquals(404, alice.get("my/my-notes").status(), "alice has no such page; carol's is not hers");
        assertEquals(302, PortalClient.newSession().get("my/my-notes").status(), "a guest is sent to sign in");

        assertEquals(302, customise(carol, carol.get("my/my-notes"), "pp-customise-delete", Map.of()).status());
        assertEquals(404, carol.get("my/my-notes").status());
    }

    @Test
    void theMobileThemeOffersTheSameCustomising() {
        PortalClient bob = PortalClient.newSession();
        bob.signIn("bob", "bob-Demo1");
        PortalPage page = bob.get(PAGE + "?theme=mobile");
        assertEquals("pp-theme-mobile", page.document().selectFirst("html").attr("class"));
        assertNotNull(page.document().selectFirst("#pp-customise"), "the customise panel is there on phones too");

        assertEquals(302, arrange(bob, page, "it-personal-notices", "remove").status());
        assertFalse(bob.get(PAGE).findWindow("it-personal-notices").isPresent());
        resetFor(bob);
        assertTrue(bob.get(PAGE).findWindow("it-personal-notices").isPresent());
    }

    private static void resetFor(PortalClient client) {
        PortalPage page = client.get(PAGE);
        if (page.document().selectFirst("form.pp-customise-reset") != null) {
            customise(client, page, "pp-customise-reset", Map.of());
        }
    }
}
