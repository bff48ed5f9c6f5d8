package org.parkportal.it.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.apache.directory.api.ldap.model.entry.DefaultEntry;
import org.apache.directory.ldap.client.api.LdapConnection;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parkportal.it.support.PortalClient;
import org.parkportal.it.support.PortalDeployment;
import org.parkportal.it.support.PortalPage;
import org.parkportal.it.support.TestDirectory;
import org.parkportal.it.support.Texts;

/**
 * Repeated wrong passwords lock the name for a while (5 failures, 5 minutes, as portal.cli configures): then even
 * the right password is refused, with a message that says why. On a user of its own, so no demo user is locked.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LockoutIT {

    private static final String USER = "lockout-probe";
    private static final String PASSWORD = "Probe-Pass1";

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return PortalDeployment.ear();
    }

    @Test
    void fiveWrongPasswordsLockTheNameEvenForTheRightPassword() throws Exception {
        createProbeUser();
        PortalClient first = PortalClient.newSession();
        assertEquals(302, first.submitLogin(USER, PASSWORD).status(), "the probe user can sign in at first");

        for (int i = 1; i <= 5; i++) {
            PortalPage failed = PortalClient.newSession().submitLogin(USER, "wrong-" + i);
            assertEquals(200, failed.status(), failed::excerpt);
        }
        PortalPage locked = PortalClient.withLanguage("it").submitLogin(USER, PASSWORD);

        assertEquals(200, locked.status(), "refused although the password is right: " + locked.excerpt());
        assertEquals(Texts.portal(Locale.ITALIAN, "login.locked", 5L), locked.document().selectFirst("#pp-login-error").text());
        PortalPage other = PortalClient.newSession().submitLogin("alice", "alice-Demo1");
        assertEquals(302, other.status(), "other users are not locked");
        assertTrue(PortalClient.newSession().get("").body().contains("pp-user-guest"));
    }

    private static void createProbeUser() throws Exception {
        try (LdapConnection ldap = TestDirectory.adminConnection()) {
            String dn = "uid=" + USER + ",ou=people,dc=parkportal,dc=org";
            if (!ldap.exists(dn)) {
                ldap.add(new DefaultEntry(dn,
                        "objectClass: inetOrgPerson", "objectClass: organizationalPerson", "objectClass: person",
                        "objectClass: top", "uid: " + USER, "cn: Lockout Probe", "sn: Probe",
                        "userPassword: " + PASSWORD));
            }
        }
    }
}
