package org.parkportal.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.parkportal.it.support.PortalDeployment;
import org.parkportal.it.support.PortalUrls;

/**
 * A user picks a park site in one portlet and another portlet follows: the site travels as a public render
 * parameter in the URL, so the page can be reloaded and bookmarked.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicRenderParameterJourneyIT {

    private static final String WEATHER_FOR_LAKESIDE = "Weather for Lakeside";

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return PortalDeployment.ear();
    }

    @Test
    void pickingLakesideShowsItsWeatherAndTheUrlIsBookmarkable() {
        try (Browser browser = Browser.open()) {
            browser.get(PortalUrls.portal());
            WebElement picker = browser.window("home-city-picker");
            for (String site : new String[] {"North Gate", "Lakeside", "Tech Hub"}) {
                assertFalse(picker.findElements(By.linkText(site)).isEmpty(), () -> "picker offers " + site + ": "
                        + picker.getText());
            }
            assertFalse(browser.window("home-city-weather").getText().contains(WEATHER_FOR_LAKESIDE),
                    "no site is chosen yet");

            browser.clickAndWaitForPage(picker.findElement(By.linkText("Lakeside")));

            String pickedUrl = browser.currentUrl();
            assertWeatherForLakeside(browser, "after the click");
            assertTrue(pickedUrl.contains("pr."), () -> "the site is a public render parameter in the URL: " + pickedUrl);
            assertEquals("true", browser.window("home-city-picker").findElement(By.linkText("Lakeside"))
                    .getDomAttribute("aria-current"), "the picker marks Lakeside as current");

            browser.navigateBy(() -> browser.driver().navigate().refresh());
            assertEquals(pickedUrl, browser.currentUrl());
            assertWeatherForLakeside(browser, "after reloading");

            // A bookmark is opened later, without the session: the URL alone carries the state.
            browser.driver().manage().deleteAllCookies();
            browser.get(URI.create(pickedUrl));
            assertWeatherForLakeside(browser, "opening the URL without a session (bookmark)");
        }
    }

    private static void assertWeatherForLakeside(Browser browser, String when) {
        String weather = browser.window("home-city-weather").getText();
        assertTrue(weather.contains(WEATHER_FOR_LAKESIDE),
                () -> "the weather window shows Lakeside " + when + " (" + browser.currentUrl() + "): " + weather);
    }
}
