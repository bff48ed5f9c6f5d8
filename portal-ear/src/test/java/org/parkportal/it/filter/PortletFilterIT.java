package org.parkportal.it.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parkportal.it.support.PortalClient;
import org.parkportal.it.support.PortalPage;
import org.parkportal.it.support.WithTestPortlets;

/** Portlet filters from portlet.xml run around render, action and header phase, in the order of their mappings. */
class PortletFilterIT extends WithTestPortlets {

    private static final String PAGE = "it-filter";
    private static final String WINDOW = "it-filter-filtered";


    @BeforeAll
    static void createPage() throws InterruptedException {
        importPage(PAGE, WINDOW + "=filtered");
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
    void headerFiltersRunBeforeTheHeaderPhaseInMappingOrder() {
        PortalPage page = PortalClient.newSession().get(PAGE);
        assertEquals(List.of("outer", "inner", "portlet"),
                page.document().head().select("meta[name=it-filter]").eachAttr("content"), page::excerpt);
    }

    @Test
    void actionFiltersRunBeforeTheActionInMappingOrder() {
        PortalClient visitor = PortalClient.newSession();
        PortalPage page = visitor.get(PAGE);
        PortalPage after = visitor.follow(visitor.post(page.formAction(WINDOW), Map.of()));
        assertEquals("outer,inner", after.window(WINDOW).select(".it-seen").text(), after::excerpt);
    }
}
