package org.parkportal.it.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parkportal.it.support.PortalClient;
import org.parkportal.it.support.PortalPage;
import org.parkportal.it.support.WithTestPortlets;

/**
 * The expiration cache: a portlet declaring expiration-cache 60 (public scope) is rendered once and then served
 * from the cache, for other visitors too; another page state renders anew; an action on the page drops it.
 */
class ExpirationCacheIT extends WithTestPortlets {

    private static final String PAGE = "it-cache";
    private static final String WINDOW = "it-cache-counting";


    @BeforeAll
    static void createPage() throws InterruptedException {
        importPage(PAGE, WINDOW + "=counting");
    }

    @Test
    void cachedMarkupIsServedUntilAnActionOnThePage() {
        PortalClient visitor = PortalClient.newSession();
        int first = renders(visitor.get(PAGE));
        assertEquals(first, renders(visitor.get(PAGE)), "second view within 60 s rendered again");
        assertEquals(first, renders(PortalClient.newSession().get(PAGE)), "public scope: shared by visitors");

        PortalPage page = visitor.get(PAGE);
        PortalPage redirect = visitor.post(page.formAction(WINDOW), Map.of());
        assertEquals(302, redirect.status(), redirect::excerpt);
        assertNotEquals(first, renders(visitor.follow(redirect)), "an action must drop the cached markup");
    }

    @Test
    void cachedMarkupCarriesEachVisitorsOwnActionToken() {
        PortalPage first = PortalClient.newSession().get(PAGE);
        PortalPage second = PortalClient.newSession().get(PAGE);
        assertEquals(renders(first), renders(second), "the second visitor should get the cached markup");
        assertNotEquals(first.formAction(WINDOW), second.formAction(WINDOW),
                "a visitor's CSRF token must never be served to another visitor from the cache");
    }

    @Test
    void anotherPageStateIsRenderedOnItsOwn() {
        PortalClient visitor = PortalClient.newSession();
        int plain = renders(visitor.get(PAGE));
        int maximized = renders(visitor.get(PAGE + "?s." + WINDOW + "=maximized"));
        assertNotEquals(plain, maximized);
        assertEquals(maximized, renders(visitor.get(PAGE + "?s." + WINDOW + "=maximized")));
    }

    private static int renders(PortalPage page) {
        assertEquals(200, page.status(), page::excerpt);
        return Integer.parseInt(page.window(WINDOW).select(".it-renders").text());
    }
}
