package org.parkportal.it.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.parkportal.it.support.PageSets;
import org.parkportal.it.support.PortalClient;
import org.parkportal.it.support.PortalPage;
import org.parkportal.it.support.Texts;

/**
 * A hidden page with one of the operators' portlets, granted to a user who is no operator: the portal shows it to
 * them, and the back office must still refuse them, in words, with no form or table of its data.
 */
final class OperatorPortletPage {

    private OperatorPortletPage() {
    }

    static void importFor(String user, String page, String title, String window, String portlet) {
        PageSets.importOrFail("""
                {"pages":[{"name":"%s","title":"%s","hidden":true,"grants":{"view":["user:%s"]},
                  "windows":[{"id":"%s","portlet":"%s"}]}],
                 "portlets":[{"portlet":"%s","grants":{"view":["group:portal-admins","group:it-ops","user:%s"]}}]}
                """.formatted(page, title, user, window, portlet, portlet, user));
    }

    /** The page as the user sees it: the window says NOT_ALLOWED and shows nothing else. */
    static PortalPage refusedOn(PortalClient client, String page, String window) {
        PortalPage hers = client.get(page);
        assertEquals(200, hers.status(), hers::excerpt);
        assertEquals(Texts.cloud(Locale.ENGLISH, "inventory.refused.NOT_ALLOWED"), hers.windowText(window));
        assertTrue(hers.window(window).select("form, table").isEmpty());
        return hers;
    }
}
