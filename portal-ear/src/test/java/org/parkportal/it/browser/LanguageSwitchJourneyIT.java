package org.parkportal.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.openqa.selenium.support.ui.Select;
import org.parkportal.it.support.PortalDeployment;
import org.parkportal.it.support.PortalUrls;

/** A French-speaking visitor picks Français in the header: the portal's chrome and the portlets switch language. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LanguageSwitchJourneyIT {

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return PortalDeployment.ear();
    }

    @Test
    void choosingFrancaisInTheLanguageSelectSwitchesThePageToFrench() {
        try (Browser browser = Browser.open()) {
            browser.get(PortalUrls.portal());
            assertEquals("en", htmlLang(browser), "an English browser gets English first");
            assertEquals("Welcome", windowTitle(browser, "home-welcome"));

            Select languages = new Select(browser.driver().findElement(By.cssSelector("select[name=lang]")));
            WebElement french = languages.getOptions().stream()
                    .filter(o -> "fr".equals(o.getDomAttribute("value")))
                    .findFirst().orElseThrow(() -> new AssertionError("no fr option in the language select"));
            assertTrue("Français".equalsIgnoreCase(french.getText().strip()),
                    () -> "the French option is labelled in French: " + french.getText());
            // The select submits its form on change (theme.js); no click on the Apply button.
            browser.navigateBy(() -> languages.selectByValue("fr"));

            browser.await("<html lang> to become fr", d -> "fr".equals(htmlLang(browser)));
            assertFrenchChrome(browser);
            assertEquals("fr", new Select(browser.driver().findElement(By.cssSelector("select[name=lang]")))
                    .getFirstSelectedOption().getDomAttribute("value"), "the select shows the chosen language");

            // The choice is kept for the session: the plain home URL stays French.
            browser.get(PortalUrls.portal());
            assertEquals("fr", htmlLang(browser), "the language choice is kept on the next page");
            assertFrenchChrome(browser);
        }
    }

    @Test
    void langParameterSelectsFrenchWithoutTheSwitcher() {
        try (Browser browser = Browser.open()) {
            browser.get(URI.create(PortalUrls.portal() + "?lang=fr"));
            assertEquals("fr", htmlLang(browser));
            assertFrenchChrome(browser);
        }
    }

    private static void assertFrenchChrome(Browser browser) {
        String title = browser.driver().getTitle();
        assertTrue(title.startsWith("Accueil"), () -> "French page title: " + title);
        assertEquals("Bienvenue", windowTitle(browser, "home-welcome"), "French title of the welcome window");
        assertEquals("Agrandir", browser.control("home-welcome", "state-maximized").getDomAttribute("aria-label"),
                "French label of the maximize control");
        String clock = windowTitle(browser, "home-clock");
        assertEquals("Horloge du parc", clock, "French title of the clock window");
    }

    private static String htmlLang(Browser browser) {
        return browser.driver().findElement(By.tagName("html")).getDomAttribute("lang");
    }

    private static String windowTitle(Browser browser, String id) {
        return browser.window(id).findElement(By.cssSelector(".pp-window-title")).getText().strip();
    }
}
