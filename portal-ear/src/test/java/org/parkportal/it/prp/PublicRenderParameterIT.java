package org.parkportal.it.prp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parkportal.it.support.PortalClient;
import org.parkportal.it.support.PortalDeployment;
import org.parkportal.it.support.PortalPage;
import org.parkportal.it.support.Texts;

/** The public render parameter {http://parkportal.org/params}city, set by city-picker and read by city-weather. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicRenderParameterIT {

    private static final String PICKER = "home-city-picker";
    private static final String WEATHER = "home-city-weather";

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return PortalDeployment.ear();
    }

    @Test
    void pickingLakesideShowsItsWeather() {
        PortalClient browser = PortalClient.newSession();
        PortalPage home = browser.get("home");
        assertEquals(200, home.status(), home::excerpt);
        assertEquals(weatherNone(), home.window(WEATHER).selectFirst(".park-weather").text());

        PortalPage lakeside = browser.get(lakesideLink(home));

        assertEquals(200, lakeside.status(), lakeside::excerpt);
        assertEquals(weatherForLakeside(), weatherHeading(lakeside));
        Element current = lakeside.window(PICKER).selectFirst(".park-sites a[aria-current]");
        assertTrue(current != null && current.text().equals(lakesideLabel()), () -> "" + lakeside.window(PICKER));
    }

    @Test
    void lakesideUrlIsBookmarkable() {
        String url = lakesideLink(PortalClient.newSession().get("home"));
        assertTrue(url.contains("pr."), "the choice travels as a public render parameter: " + url);
        assertFalse(url.contains("jsessionid") || url.contains("_csrf"), url);

        PortalPage bookmarked = PortalClient.newSession().get(url);

        assertEquals(200, bookmarked.status(), bookmarked::excerpt);
        assertEquals(weatherForLakeside(), weatherHeading(bookmarked));
    }

    @Test
    void cityIsKeptWhenAnotherWindowChangesState() {
        PortalClient browser = PortalClient.newSession();
        PortalPage lakeside = browser.get(lakesideLink(browser.get("home")));
        Element maximize = lakeside.window(WEATHER).selectFirst(".pp-control-state-maximized");
        assertTrue(maximize != null, () -> "no maximize control: " + lakeside.window(WEATHER));

        PortalPage maximized = browser.get(maximize.attr("href"));

        assertEquals(200, maximized.status(), maximized::excerpt);
        assertTrue(maximized.window(WEATHER).hasClass("pp-state-maximized"));
        assertEquals(weatherForLakeside(), weatherHeading(maximized));
    }

    /** The picker's link whose text is the Lakeside label, as the page gives it. */
    private static String lakesideLink(PortalPage page) {
        assertEquals(200, page.status(), page::excerpt);
        return page.window(PICKER).select("a[href]").stream()
                .filter(a -> a.text().equals(lakesideLabel()))
                .findFirst()
                .map(a -> a.attr("href"))
                .orElseThrow(() -> new AssertionError("no Lakeside link in " + page.window(PICKER)));
    }

    private static String weatherHeading(PortalPage page) {
        Element heading = page.window(WEATHER).selectFirst(".park-weather h3");
        return heading == null ? "(no weather heading) " + page.windowText(WEATHER) : heading.text();
    }

    private static String lakesideLabel() {
        return Texts.samples("city/CityPickerMessages", Locale.ENGLISH, "site.lakeside");
    }

    private static String weatherForLakeside() {
        return Texts.samples("city/CityWeatherMessages", Locale.ENGLISH, "weather.for",
                Texts.samples("city/CityWeatherMessages", Locale.ENGLISH, "site.lakeside"));
    }

    private static String weatherNone() {
        return Texts.samples("city/CityWeatherMessages", Locale.ENGLISH, "weather.none");
    }
}
