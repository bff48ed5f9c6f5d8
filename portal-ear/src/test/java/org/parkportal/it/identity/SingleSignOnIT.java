package org.parkportal.it.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parkportal.it.support.PortalClient;
import org.parkportal.it.support.PortalPage;
import org.parkportal.it.support.PortalUrls;
import org.parkportal.it.support.WithTestPortlets;

/** One sign-on for every WAR: signed in at the portal, the user is known in another web application too. */
class SingleSignOnIT extends WithTestPortlets {

    @Test
    void theUserSignedInAtThePortalIsKnownInAnotherWarUntilSignOut() {
        PortalClient bob = PortalClient.newSession();
        assertEquals("guest", bob.get(PortalUrls.server().resolve("/it-portlets/whoami")).body());

        PortalPage home = bob.signIn("bob", "bob-Demo1");
        assertEquals("bob (managers)", bob.get(PortalUrls.server().resolve("/it-portlets/whoami")).body(),
                "the other WAR knows bob and his groups without a login of its own");

        String token = home.document().selectFirst("form.pp-signout-form input[name=_csrf]").attr("value");
        bob.post("signout", Map.of("_csrf", token));
        assertEquals("guest", bob.get(PortalUrls.server().resolve("/it-portlets/whoami")).body(),
                "signing out of the portal signs out everywhere");
    }
}
