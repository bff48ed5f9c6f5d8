package org.parkportal.it.portlet3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.StringReader;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parkportal.it.support.PortalClient;
import org.parkportal.it.support.PortalDeployment;
import org.parkportal.it.support.PortalPage;

/**
 * A Portlet 3 portlet configured by annotations only (samples/notice-board: a CDI bean with @RenderMethod,
 * @ActionMethod and @ServeResourceMethod, its board injected) runs through the portal like any other.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AnnotatedPortletIT {

    private static final String PAGE = "home/reception";
    private static final String WINDOW = "reception-notices";

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return PortalDeployment.ear();
    }

    @Test
    void annotatedActionAndRenderMethodsPostAndShowANotice() {
        PortalClient visitor = PortalClient.newSession();
        PortalPage page = visitor.get(PAGE);
        assertEquals(200, page.status(), page::excerpt);
        assertEquals("samples/notice-board", page.windowNames().get(WINDOW));

        PortalPage redirect = visitor.post(page.formAction(WINDOW), Map.of("text", "Lift B <closed> on Friday"));
        assertEquals(302, redirect.status(), redirect::excerpt);
        PortalPage after = visitor.follow(redirect);
        assertTrue(after.window(WINDOW).select("li").eachText().contains("Lift B <closed> on Friday"),
                () -> after.window(WINDOW).outerHtml());
        assertTrue(after.window(WINDOW).select("li closed").isEmpty(), "the notice must be escaped");
    }

    @Test
    void aBlankNoticeIsRefusedWithATranslatedMessage() {
        PortalClient visitor = PortalClient.withLanguage("de");
        PortalPage page = visitor.get(PAGE);
        PortalPage after = visitor.follow(visitor.post(page.formAction(WINDOW), Map.of("text", "   ")));
        assertEquals("Schreiben Sie einen Aushang, bevor Sie ihn veröffentlichen.",
                after.window(WINDOW).select("[role=alert]").text(), after::excerpt);
    }

    @Test
    void annotatedResourceMethodAnswersJson() {
        PortalPage count = PortalClient.newSession().get(PAGE + "?p_l=resource&p_t=" + WINDOW);
        assertEquals(200, count.status(), count::excerpt);
        assertTrue(Json.createReader(new StringReader(count.body())).readObject().containsKey("notices"),
                count.body());
    }
}
