package org.parkportal.it.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parkportal.it.support.PageSets;
import org.parkportal.it.support.PortalClient;
import org.parkportal.it.support.PortalDeployment;
import org.parkportal.it.support.PortalPage;
import org.parkportal.it.support.TestPortlets;

/** Portlet filters from portlet.xml run around render and action, in the order of their filter mappings. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortletFilterIT {

    private static final String PAGE = "it-filter";
    private static final String WINDOW = "it-filter-filtered";

    @Deployment(name = "portal", order = 1, testable = false)
    static EnterpriseArchive portal() {
        return PortalDeployment.ear();
    }

    @Deployment(name = "it-portlets", order = 2, testable = false)
    static WebArchive testPortlets() {
        return TestPortlets.war();
    }

    @BeforeAll
    static void importPage() throws InterruptedException {
        PageSets.importOrFail("""
                {"pages":[{"name":"%s","title":"Filters","hidden":true,
                  "windows":[{"id":"%s","portlet":"it-portlets/filtered"}]}]}
                """.formatted(PAGE, WINDOW));
        TestPortlets.awaitRegistration(PAGE, WINDOW);
    }

    @Test
    void renderFiltersWrapThePortletInMappingOrder() {
        PortalPage page = PortalClient.newSession().get(PAGE);
        assertEquals(200, page.status(), page::excerpt);
        String text = page.windowText(WINDOW);
        assertEquals("[outer [inner body", text.substring(0, text.indexOf("body") + 4), text);
        assertEquals("inner] outer]", text.substring(text.length() - "inner] outer]".length()), text);
    }

    @Test
    void actionFiltersRunBeforeTheActionInMappingOrder() {
        PortalClient visitor = PortalClient.newSession();
        PortalPage page = visitor.get(PAGE);
        PortalPage after = visitor.follow(visitor.post(page.formAction(WINDOW), Map.of()));
        assertEquals("outer,inner", after.window(WINDOW).select(".it-seen").text(), after::excerpt);
    }
}
