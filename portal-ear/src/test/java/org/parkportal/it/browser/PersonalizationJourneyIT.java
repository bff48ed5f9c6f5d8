package org.parkportal.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.parkportal.it.support.PageSets;
import org.parkportal.it.support.PortalDeployment;
import org.parkportal.it.support.PortalUrls;

/**
 * A user arranges a page in the browser: opens the customise panel, drags a window into the other column, adds a
 * portlet from the catalogue, removes a window, and resets the page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PersonalizationJourneyIT {

    private static final String PAGE = "it-journey-personal";

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return PortalDeployment.ear();
    }

    @Test
    void dragAWindowIntoTheOtherColumnThenAddRemoveAndReset() {
        PageSets.importOrFail("""
                {"pages":[{"name":"it-journey-personal","title":"Journey","layout":"two-columns-50-50","hidden":true,
                  "grants":{"view":["authenticated"],"customise":["authenticated"]},
                  "windows":[{"id":"it-journey-notices","portlet":"samples/notice-board","column":0},
                             {"id":"it-journey-clock","portlet":"samples/park-clock","column":0},
                             {"id":"it-journey-weather","portlet":"samples/city-weather","column":1}]}]}
                """);
        try (Browser browser = Browser.open()) {
            browser.signIn("alice", "alice-Demo1");
            browser.get(PortalUrls.portal(PAGE));
            browser.driver().findElement(By.cssSelector("#pp-customise > summary")).click();

            WebElement handle = browser.driver().findElement(By.cssSelector("[data-pp-drag='it-journey-clock']"));
            WebElement target = browser.driver().findElement(By.cssSelector("[data-pp-column='1'] [data-portlet-window='it-journey-weather']"));
            browser.navigateBy(() -> new Actions(browser.driver()).clickAndHold(handle)
                    .moveToElement(target, 0, target.getSize().getHeight() / 2 - 2)
                    .pause(Duration.ofMillis(200)).release().perform());

            assertEquals(List.of("it-journey-weather", "it-journey-clock"), column(browser, 1),
                    "dropped below the weather window");
            assertEquals(List.of("it-journey-notices"), column(browser, 0));
            assertTrue(browser.driver().findElement(By.id("pp-customise")).getDomAttribute("open") != null,
                    "the panel stays open after the change");

            new Select(browser.driver().findElement(By.id("pp-add-portlet"))).selectByValue("samples/lobby-counter");
            browser.clickAndWaitForPage(browser.driver().findElement(By.cssSelector(".pp-customise-add button")));
            assertTrue(browser.windows().stream().anyMatch(w -> "samples/lobby-counter".equals(w.getDomAttribute("data-portlet-name"))),
                    "the added portlet is on the page");

            browser.clickAndWaitForPage(browser.window("it-journey-notices").findElement(By.cssSelector(".pp-arrange-remove")));
            assertFalse(browser.windowIds().contains("it-journey-notices"));

            browser.clickAndWaitForPage(browser.driver().findElement(By.cssSelector(".pp-customise-reset button")));
            assertEquals(List.of("it-journey-notices", "it-journey-clock"), column(browser, 0), "the shared page again");
            assertEquals(List.of("it-journey-weather"), column(browser, 1));
        }
    }

    private static List<String> column(Browser browser, int index) {
        return browser.driver().findElements(By.cssSelector("[data-pp-column='" + index + "'] [data-portlet-window]"))
                .stream().map(w -> w.getDomAttribute("data-portlet-window")).toList();
    }
}
