package org.parkportal.it.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parkportal.it.support.PortalClient;
import org.parkportal.it.support.WithTestPortlets;

/** JSR-286 user information comes from the directory, limited to what the application declares. */
class UserInfoIT extends WithTestPortlets {

    @BeforeAll
    static void page() throws InterruptedException {
        importPage("it-user-info", "it-user-info-window=user-info");
    }

    @Test
    void aSignedInUserGetsTheDeclaredAttributesFromTheDirectory() {
        PortalClient alice = PortalClient.newSession();
        alice.signIn("alice", "alice-Demo1");

        String info = alice.get("it-user-info").windowText("it-user-info-window");

        assertEquals("user.home-info.online.email=alice@acme.example user.language=en user.login.id=alice "
                + "user.name.family=Andersen user.name.given=Alice", info.replaceAll("\\s+", " ").strip(),
                "only declared attributes: the tenant, not declared, is left out");
    }

    @Test
    void aGuestGetsNone() {
        assertEquals("none", PortalClient.newSession().get("it-user-info").windowText("it-user-info-window").strip());
    }
}
