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

/**
 * A receptionist registers a visitor on the home page: the action is answered with a redirect to a render URL
 * (post/redirect/get), the form's window confirms, and the reception desk of another portlet application hears of
 * it through the visitorArrived event. Back and Forward replay render URLs, never the form post.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class VisitorRegistrationJourneyIT {

    private static final String VISITOR = "Ada Lovelace";
    private static final String COMPANY = "Analytical Engines";

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return PortalDeployment.ear();
    }

    @Test
    void registeringAVisitorRedirectsToARenderUrlAndTellsTheReceptionDesk() {
        try (Browser browser = Browser.open()) {
            browser.get(PortalUrls.portal());
            String before = browser.currentUrl();
            assertEquals(0, visitorsListed(browser, VISITOR), "a new browser session starts with an empty desk");

            WebElement form = browser.window("home-visitors").findElement(By.tagName("form"));
            assertEquals("post", form.getDomAttribute("method").toLowerCase(), "the visitor form posts");
            form.findElement(By.name("name")).sendKeys(VISITOR);
            form.findElement(By.name("company")).sendKeys(COMPANY);
            WebElement submit = form.findElement(By.cssSelector("button[type=submit], input[type=submit]"));
            browser.clickAndWaitForPage(submit);

            String after = browser.currentUrl();
            assertFalse(after.contains("p_l=action"), () -> "after the action the browser shows a render URL: " + after);
            assertFalse(after.contains("_csrf"), () -> "the CSRF token does not end up in the address bar: " + after);
            assertTrue(after.startsWith(PortalUrls.portal().toString()), after);
            // post/redirect/get: the document now shown was reached through a redirect, by GET.
            double redirects = browser.number("return performance.getEntriesByType('navigation')[0].redirectCount");
            assertTrue(redirects >= 1, () -> "the form post was answered with a redirect (redirectCount "
                    + redirects + ") for " + after);

            browser.await("the visitor window to confirm the registration",
                    d -> browser.window("home-visitors").getText().contains("Registered: " + VISITOR));
            String reception = browser.window("home-reception").getText();
            assertTrue(reception.contains("Last visitor: " + VISITOR),
                    () -> "the reception desk (other portlet application) received the event: " + reception);
            assertEquals(1, visitorsListed(browser, VISITOR), () -> "reception list: " + reception);

            // Back: the page before the registration, fetched again by GET (the portal sends no-store).
            browser.navigateBy(() -> browser.driver().navigate().back());
            assertEquals(before, browser.currentUrl(), "Back returns to the page before the registration");
            assertFalse(browser.window("home-visitors").getText().contains("Registered: " + VISITOR),
                    "the page before the registration shows no confirmation");
            assertEquals(1, visitorsListed(browser, VISITOR), "Back did not register the visitor again");

            // Forward: the render URL of the redirect, not the form post again.
            browser.navigateBy(() -> browser.driver().navigate().forward());
            assertEquals(after, browser.currentUrl(), "Forward returns to the render URL after the registration");
            assertNoResubmissionPrompt(browser);
            String visitorText = browser.window("home-visitors").getText();
            assertTrue(visitorText.contains("Registered: " + VISITOR), visitorText);
            String receptionAgain = browser.window("home-reception").getText();
            assertTrue(receptionAgain.contains("Last visitor: " + VISITOR), receptionAgain);
            assertEquals(1, visitorsListed(browser, VISITOR),
                    () -> "Forward must not deliver the event again (duplicate in the list): " + receptionAgain);
        }
    }

    /** How often the reception desk's list names this visitor. */
    private static int visitorsListed(Browser browser, String name) {
        List<WebElement> items = browser.window("home-reception")
                .findElements(By.cssSelector(".park-reception__visitors li"));
        return (int) items.stream().filter(li -> li.getText().strip().equals(name)).count();
    }

    /** Chromium shows its own error page (ERR_CACHE_MISS, "Confirm Form Resubmission") instead of re-posting. */
    private static void assertNoResubmissionPrompt(Browser browser) {
        String body = browser.driver().findElement(By.tagName("body")).getText();
        assertFalse(body.contains("ERR_CACHE_MISS") || body.contains("Confirm Form Resubmission"),
                () -> "the browser asks to resubmit the form: " + body);
        assertFalse(browser.windows().isEmpty(), () -> "a portal page is shown after Forward: " + body);
    }
}
