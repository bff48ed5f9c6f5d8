package org.parkportal.it.preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parkportal.it.support.PortalClient;
import org.parkportal.it.support.PortalDeployment;
import org.parkportal.it.support.PortalPage;

/** A user's stored preference lives in the database, not in the deployment: it is still there after a redeploy. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PreferencesSurviveRedeployIT {

    private static final String PORTAL = "portal";

    @ArquillianResource
    private Deployer deployer;

    @Deployment(name = PORTAL, managed = false, testable = false)
    static EnterpriseArchive portal() {
        return PortalDeployment.ear();
    }

    @Test
    void greetingSavedBeforeARedeployIsShownAfterIt() {
        String greeting = "Survives a redeploy " + System.nanoTime();
        deployer.deploy(PORTAL);
        boolean deployed = true;
        try {
            PortalClient dave = PortalClient.newSession();
            dave.signIn("dave", "dave-Demo1");
            PortalPage saved = PreferencesIT.Greeting.save(dave, greeting);
            assertEquals(302, saved.status(), saved::excerpt);
            assertEquals(greeting, PreferencesIT.Greeting.shown(dave.get("home")));

            deployer.undeploy(PORTAL);
            deployed = false;
            assertEquals(404, PortalClient.newSession().get("home").status(), "the portal is still deployed");
            deployer.deploy(PORTAL);
            deployed = true;

            PortalClient again = PortalClient.newSession();
            again.signIn("dave", "dave-Demo1");
            assertEquals(greeting, PreferencesIT.Greeting.shown(again.get("home")));
        } finally {
            if (deployed) {
                deployer.undeploy(PORTAL);
            }
        }
    }
}
