package org.parkportal.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.parkportal.it.support.PortalDeployment;
import org.parkportal.it.support.PortalUrls;

/**
 * A Portlet 3 portlet driven through the Portlet Hub (samples/lobby-counter): its buttons run partial actions
 * and an ajax action, the count changes without the page being loaded again, and the URL the hub pushes keeps
 * the new state, so a reload shows it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortletHubJourneyIT {

    private static final String WINDOW = "reception-lobby";

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return PortalDeployment.ear();
    }

    @Test
    void partialActionsChangeTheCountWithoutReloadingThePage() {
        try (Browser browser = Browser.open()) {
            browser.get(PortalUrls.portal("home/reception"));
            assertEquals("0", count(browser));
            // A page load would drop this mark.
            browser.script("window.ppStillTheSamePage = true;");

            arrive(browser, "1");
            arrive(browser, "2");
            assertEquals(Boolean.TRUE, browser.script("return window.ppStillTheSamePage === true;"),
                    "the partial actions must not load the page again");
            String url = browser.currentUrl();
            assertTrue(url.contains("r." + WINDOW + ".count=2"), () -> "the hub pushes the new state: " + url);

            browser.navigateBy(() -> browser.driver().navigate().refresh());
            assertEquals("2", count(browser), "the URL keeps the count");

            browser.script("window.ppStillTheSamePage = true;");
            window(browser).findElement(By.cssSelector("button[data-reset]")).click();
            browser.await("the ajax action resets the count", d -> "0".equals(count(browser)));
            assertEquals(Boolean.TRUE, browser.script("return window.ppStillTheSamePage === true;"));
        }
    }

    @Test
    void theHubAcceptsOnlyPortletsOfThePage() {
        try (Browser browser = Browser.open()) {
            browser.get(PortalUrls.portal("home/reception"));
            Object answer = ((JavascriptExecutor) browser.driver()).executeAsyncScript("var done = arguments[arguments.length - 1];"
                    + "portlet.register('pp_nowhere_').then(function () { done('registered'); },"
                    + " function (e) { done('refused'); });");
            assertEquals("refused", answer);
        }
    }

    private static void arrive(Browser browser, String expected) {
        window(browser).findElement(By.cssSelector("button[data-change='+1']")).click();
        browser.await("the count shows " + expected, d -> expected.equals(count(browser)));
    }

    private static WebElement window(Browser browser) {
        return browser.window(WINDOW);
    }

    private static String count(Browser browser) {
        return window(browser).findElement(By.cssSelector(".lobby-count")).getText();
    }
}
