package org.parkportal.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.parkportal.it.support.PortalDeployment;
import org.parkportal.it.support.PortalUrls;

/**
 * A visitor searches from the box in the theme's header: titles are offered while they type, Enter leads to the
 * search page with the results, and a result leads to the page it names.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SearchBoxJourneyIT {

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return PortalDeployment.ear();
    }

    @Test
    void theHeaderSearchBoxOffersTitlesAndLeadsToResultsAndOnToThePage() {
        try (Browser browser = Browser.open()) {
            browser.get(PortalUrls.portal());
            WebElement box = browser.driver().findElement(By.cssSelector("header .pp-search-input"));

            box.sendKeys("Recep");
            // Pages are indexed a second or so after the portal starts; the box asks again as the visitor types.
            List<String> offered = browser.waiting(Duration.ofSeconds(60))
                    .withMessage("the search box to offer the Reception page")
                    .until(d -> {
                        List<String> titles = d.findElements(By.cssSelector("#pp-search-suggestions option")).stream()
                                .map(o -> o.getDomAttribute("value")).toList();
                        if (titles.contains("Reception")) {
                            return titles;
                        }
                        box.sendKeys(Keys.BACK_SPACE);
                        box.sendKeys("p");
                        return null;
                    });
            assertTrue(offered.contains("Reception"), offered::toString);

            box.clear();
            box.sendKeys("Reception");
            browser.navigateBy(() -> box.sendKeys(Keys.ENTER));

            assertTrue(browser.currentUrl().startsWith(PortalUrls.portal("search").toString()), browser.currentUrl());
            WebElement results = browser.window("search-results");
            assertEquals("Reception", results.findElement(By.cssSelector(".park-search__form input[type=search]"))
                    .getDomProperty("value"), "the words are kept in the portlet's own box");
            WebElement link = browser.await("a result for the Reception page", d -> results.findElements(
                    By.cssSelector("li.park-search__hit[data-id='page:home/reception'] h3 a")).stream()
                    .findFirst().orElse(null));
            assertEquals("Reception", link.findElement(By.tagName("mark")).getText());

            browser.clickAndWaitForPage(link);
            assertEquals(PortalUrls.portal("home/reception").toString(), browser.currentUrl());
        }
    }
}
