package org.parkportal.it.modes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parkportal.it.support.PortalClient;
import org.parkportal.it.support.PortalPage;
import org.parkportal.it.support.WithTestPortlets;

/** A custom portlet mode that the portlet manages itself is offered in the window bar and rendered by it. */
class PortletModesIT extends WithTestPortlets {

    private static final String PAGE = "it-modes";
    private static final String WINDOW = "it-modes-modes";

    @BeforeAll
    static void createPage() throws InterruptedException {
        importPage(PAGE, WINDOW + "=modes");
    }

    @Test
    void customModeIsRenderedByTheMethodForIt() {
        PortalPage page = PortalClient.newSession().get(PAGE + "?m." + WINDOW + "=about");
        assertEquals(200, page.status(), page::excerpt);
        assertEquals("about:about", page.window(WINDOW).select(".it-mode").text(), page::excerpt);
        assertEquals("true", page.window(WINDOW).select(".it-allowed").text());
        assertTrue(page.window(WINDOW).hasClass("pp-mode-about"));
    }

    @Test
    void theWindowBarOffersTheCustomMode() {
        PortalPage page = PortalClient.newSession().get(PAGE);
        assertEquals("view", page.window(WINDOW).select(".it-mode").text());
        assertEquals(1, page.window(WINDOW).select(".pp-control-mode-about").size(), page::excerpt);
    }
}
