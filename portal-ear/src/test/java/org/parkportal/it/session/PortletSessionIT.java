package org.parkportal.it.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parkportal.it.support.PortalClient;
import org.parkportal.it.support.PortalPage;
import org.parkportal.it.support.WithTestPortlets;

/**
 * The portlet session: an attribute in portlet scope belongs to one window, one in application scope is
 * shared by the application's windows; both belong to one visitor.
 */
class PortletSessionIT extends WithTestPortlets {

    private static final String PAGE = "it-session";
    private static final String FIRST = "it-session-first";
    private static final String SECOND = "it-session-second";

    @BeforeAll
    static void createPage() throws InterruptedException {
        importPage(PAGE, FIRST + "=session", SECOND + "=session");
    }

    @Test
    void portletScopeIsPerWindowAndApplicationScopeIsShared() {
        PortalClient visitor = PortalClient.newSession();
        PortalPage page = visitor.get(PAGE);
        page = visitor.follow(visitor.post(page.formAction(FIRST), Map.of()));
        page = visitor.follow(visitor.post(page.formAction(FIRST), Map.of()));
        page = visitor.follow(visitor.post(page.formAction(SECOND), Map.of()));

        assertEquals("2", page.window(FIRST).select(".it-window").text());
        assertEquals("1", page.window(SECOND).select(".it-window").text());
        assertEquals("3", page.window(FIRST).select(".it-application").text());
        assertEquals("3", page.window(SECOND).select(".it-application").text());

        PortalPage stranger = PortalClient.newSession().get(PAGE);
        assertEquals("0", stranger.window(FIRST).select(".it-application").text(), "sessions are per visitor");
    }
}
