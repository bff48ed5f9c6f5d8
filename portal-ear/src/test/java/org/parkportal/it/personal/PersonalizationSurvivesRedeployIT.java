package org.parkportal.it.personal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
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

/** A user's arrangement lives in the database, not in the running portal's memory: it survives a redeploy. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PersonalizationSurvivesRedeployIT {

    private static final String PORTAL = "portal";

    @ArquillianResource
    private Deployer deployer;

    @Deployment(name = PORTAL, managed = false, testable = false)
    static EnterpriseArchive portal() {
        return PortalDeployment.ear();
    }

    @Test
    void anArrangementMadeBeforeARedeployIsThereAfterIt() {
        deployer.deploy(PORTAL);
        boolean deployed = true;
        try {
            PersonalPages.importSharedPage(null);
            PortalClient dave = PortalClient.newSession();
            dave.signIn("dave", "dave-Demo1");
            PortalPage page = dave.get(PersonalPages.PAGE);
            PersonalPages.arrange(dave, page, "it-personal-weather", "remove");
            PersonalPages.customise(dave, dave.get(PersonalPages.PAGE), "pp-customise-newpage",
                    Map.of("name", "after-redeploy", "title", "Survivor"));

            deployer.undeploy(PORTAL);
            deployed = false;
            deployer.deploy(PORTAL);
            deployed = true;

            PortalClient again = PortalClient.newSession();
            again.signIn("dave", "dave-Demo1");
            assertFalse(again.get(PersonalPages.PAGE).findWindow("it-personal-weather").isPresent());
            assertTrue(again.get(PersonalPages.PAGE).findWindow("it-personal-notices").isPresent());
            assertEquals(200, again.get("my/after-redeploy").status());

            // Leave dave as the other tests expect him: the shared page and no private page.
            PersonalPages.customise(again, again.get(PersonalPages.PAGE), "pp-customise-reset", Map.of());
            PersonalPages.customise(again, again.get("my/after-redeploy"), "pp-customise-delete", Map.of());
            assertTrue(again.get(PersonalPages.PAGE).findWindow("it-personal-weather").isPresent());
        } finally {
            if (deployed) {
                deployer.undeploy(PORTAL);
            }
        }
    }
}
