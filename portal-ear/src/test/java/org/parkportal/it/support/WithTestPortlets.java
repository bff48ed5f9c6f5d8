package org.parkportal.it.support;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tests of the container's contract with the test portlets of {@link TestPortlets}: the portal EAR, then
 * it-portlets.war beside it, and a hidden page of their windows imported before the tests.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class WithTestPortlets {

    @Deployment(name = "portal", order = 1, testable = false)
    static EnterpriseArchive portal() {
        return PortalDeployment.ear();
    }

    @Deployment(name = "it-portlets", order = 2, testable = false)
    static WebArchive testPortlets() {
        return TestPortlets.war();
    }

    /**
     * Imports a hidden one-column page with one window per "windowId=portlet" (portlets of it-portlets.war) and
     * waits until the first window's portlet is registered.
     */
    protected static void importPage(String page, String... windows) throws InterruptedException {
        String json = Arrays.stream(windows).map(w -> w.split("="))
                .map(w -> "{\"id\":\"" + w[0] + "\",\"portlet\":\"" + TestPortlets.APPLICATION + "/" + w[1] + "\"}")
                .collect(Collectors.joining(",", "[", "]"));
        PageSets.importOrFail("{\"pages\":[{\"name\":\"" + page + "\",\"title\":\"" + page
                + "\",\"hidden\":true,\"grants\":{\"view\":[\"all-users\"]},\"windows\":" + json + "}]}");
        TestPortlets.awaitRegistration(page, windows[0].split("=")[0]);
    }
}
