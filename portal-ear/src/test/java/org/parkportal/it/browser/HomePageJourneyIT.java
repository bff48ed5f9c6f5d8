package org.parkportal.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
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

/** A visitor opens the portal: the home page shows its portlet windows, and the clock fills itself in by ajax. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HomePageJourneyIT {

    private static final List<String> HOME_WINDOWS = List.of("home-welcome", "home-visitors", "home-city-picker",
            "home-city-weather", "home-reception", "home-clock");
    private static final Pattern TIME = Pattern.compile("\\d\\d:\\d\\d:\\d\\d");

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return PortalDeployment.ear();
    }

    @Test
    void homePageShowsItsWindowsTitleAndRenderedPortlets() {
        try (Browser browser = Browser.open()) {
            browser.get(PortalUrls.portal());

            List<String> ids = browser.await("at least six portlet windows on " + PortalUrls.portal(),
                    d -> browser.windows().size() >= 6 ? browser.windowIds() : null);
            assertTrue(ids.containsAll(HOME_WINDOWS), () -> "windows on the home page: " + ids);
            assertEquals("Home \u2013 Park Portal", browser.driver().getTitle(), "document title");
            assertEquals("en", browser.driver().findElement(By.tagName("html")).getDomAttribute("lang"), "<html lang>");

            for (String id : HOME_WINDOWS) {
                WebElement window = browser.window(id);
                assertTrue(window.isDisplayed(), id + " is displayed");
                String title = window.findElement(By.cssSelector(".pp-window-title")).getText();
                assertFalse(title.isBlank(), id + " has a title");
                assertTrue(window.findElements(By.cssSelector(".pp-error")).isEmpty(),
                        () -> id + " rendered an error box: " + window.getText());
            }
            assertEquals("samples/welcome", browser.window("home-welcome").getDomAttribute("data-portlet-name"));
            assertEquals("reception/reception-desk",
                    browser.window("home-reception").getDomAttribute("data-portlet-name"));
        }
    }

    @Test
    void clockShowsTheTimeFetchedAsAnAjaxResource() {
        try (Browser browser = Browser.open()) {
            browser.get(PortalUrls.portal());
            WebElement clock = browser.window("home-clock");
            WebElement time = clock.findElement(By.cssSelector(".park-clock__time"));
            String resourceUrl = clock.findElement(By.cssSelector(".park-clock")).getDomAttribute("data-url");
            assertTrue(resourceUrl != null && resourceUrl.contains("p_l=resource"),
                    () -> "the clock's data-url is a resource URL: " + resourceUrl);

            String shown = browser.waiting(Duration.ofSeconds(10))
                    .withMessage("the clock to show a time hh:mm:ss (ajax resource " + resourceUrl + ")")
                    .until(d -> {
                        String text = time.getText().strip();
                        return TIME.matcher(text).find() ? text : null;
                    });
            assertFalse(shown.isBlank());
            assertFalse(time.getDomAttribute("class").contains("park-clock__error"),
                    () -> "the clock is marked as failed: " + time.getText());
            // The resource answered the page's own session: the window was not replaced by an error.
            assertTrue(clock.findElements(By.cssSelector(".pp-error")).isEmpty(), clock::getText);
        }
    }
}
