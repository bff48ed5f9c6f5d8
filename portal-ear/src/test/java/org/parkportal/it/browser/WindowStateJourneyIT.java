package org.parkportal.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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

/** A user maximizes, restores and minimizes windows with the controls in their title bars. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WindowStateJourneyIT {

    private static final List<String> HOME_WINDOWS = List.of("home-welcome", "home-visitors", "home-city-picker",
            "home-city-weather", "home-reception", "home-clock");

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return PortalDeployment.ear();
    }

    @Test
    void maximizeShowsOnlyThatWindowAndRestoreBringsTheOthersBack() {
        try (Browser browser = Browser.open()) {
            browser.get(PortalUrls.portal());
            assertTrue(browser.windowIds().containsAll(HOME_WINDOWS), () -> "home windows: " + browser.windowIds());

            browser.clickAndWaitForPage(browser.control("home-city-weather", "state-maximized"));

            assertEquals(List.of("home-city-weather"), browser.windowIds(), "only the maximized window is shown");
            WebElement weather = browser.window("home-city-weather");
            assertTrue(weather.getDomAttribute("class").contains("pp-state-maximized"), weather.getDomAttribute("class"));
            assertTrue(weather.isDisplayed());
            assertFalse(weather.findElements(By.cssSelector(".pp-window-body")).isEmpty(), "the window has its body");
            assertTrue(browser.currentUrl().contains("s.home-city-weather=maximized"),
                    () -> "the state is in the (bookmarkable) URL: " + browser.currentUrl());
            assertTrue(browser.driver().findElement(By.tagName("body")).getDomAttribute("class").contains("pp-has-maximized"));

            browser.clickAndWaitForPage(browser.control("home-city-weather", "state-normal"));

            assertTrue(browser.windowIds().containsAll(HOME_WINDOWS),
                    () -> "restore brings all windows back: " + browser.windowIds());
            for (String id : HOME_WINDOWS) {
                assertTrue(browser.window(id).isDisplayed(), id + " is displayed again");
            }
            assertTrue(browser.window("home-city-weather").getDomAttribute("class").contains("pp-state-normal"));
            assertFalse(browser.currentUrl().contains("maximized"), browser.currentUrl());
        }
    }

    @Test
    void minimizeHidesTheWelcomeBodyButKeepsItsTitleBar() {
        try (Browser browser = Browser.open()) {
            browser.get(PortalUrls.portal());
            WebElement welcome = browser.window("home-welcome");
            assertTrue(welcome.findElement(By.cssSelector(".pp-window-body")).isDisplayed(), "body before minimize");

            browser.clickAndWaitForPage(browser.control("home-welcome", "state-minimized"));

            WebElement minimized = browser.window("home-welcome");
            assertTrue(minimized.getDomAttribute("class").contains("pp-state-minimized"), minimized.getDomAttribute("class"));
            assertTrue(minimized.findElements(By.cssSelector(".pp-window-body")).stream().noneMatch(WebElement::isDisplayed),
                    () -> "the welcome body is hidden: " + minimized.getText());
            assertTrue(minimized.findElements(By.cssSelector(".park-welcome")).stream().noneMatch(WebElement::isDisplayed),
                    "the welcome portlet's markup is not shown");
            assertTrue(minimized.findElement(By.cssSelector(".pp-window-title")).isDisplayed(), "title bar stays");
            assertTrue(browser.windowIds().containsAll(HOME_WINDOWS), () -> "other windows stay: " + browser.windowIds());
            assertTrue(browser.window("home-visitors").findElement(By.cssSelector(".pp-window-body")).isDisplayed(),
                    "the other windows keep their bodies");

            browser.clickAndWaitForPage(browser.control("home-welcome", "state-normal"));

            assertTrue(browser.window("home-welcome").findElement(By.cssSelector(".park-welcome")).isDisplayed(),
                    "restore shows the welcome body again");
        }
    }
}
