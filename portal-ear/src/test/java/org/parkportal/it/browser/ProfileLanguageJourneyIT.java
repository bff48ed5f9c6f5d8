package org.parkportal.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.apache.directory.api.ldap.model.entry.DefaultEntry;
import org.apache.directory.ldap.client.api.LdapConnection;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.parkportal.it.support.PortalDeployment;
import org.parkportal.it.support.PortalUrls;
import org.parkportal.it.support.TestDirectory;
import org.parkportal.it.support.Texts;

/**
 * A user signs in, opens their workplace and picks Deutsch in their profile: the page comes back in German (chrome
 * and portlets), and the profile says so in German. Uses a user of its own so the demo users keep their language.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProfileLanguageJourneyIT {

    private static final String UID = "it-journey-lang";
    private static final String DN = "uid=" + UID + ",ou=people,dc=parkportal,dc=org";
    private static final String PASSWORD = "journey-Secret1";

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return PortalDeployment.ear();
    }

    @BeforeEach
    void createUser() throws Exception {
        deleteUser();
        try (LdapConnection ldap = TestDirectory.adminConnection()) {
            ldap.add(new DefaultEntry(DN, "objectClass: top", "objectClass: person", "objectClass: organizationalPerson",
                    "objectClass: inetOrgPerson", "objectClass: portalPerson", "uid", UID, "cn: Journey Tester",
                    "givenName: Journey", "sn: Tester", "displayName: Journey Tester", "preferredLanguage: en",
                    "portalTenant: acme", "userPassword", PASSWORD));
        }
    }

    @AfterEach
    void deleteUser() throws Exception {
        try (LdapConnection ldap = TestDirectory.adminConnection()) {
            if (ldap.exists(DN)) {
                ldap.delete(DN);
            }
        }
    }

    @Test
    void choosingDeutschInTheProfileRedrawsThePageInGerman() {
        try (Browser browser = Browser.open()) {
            browser.get(PortalUrls.portal("signin"));
            browser.driver().findElement(By.id("j_username")).sendKeys(UID);
            browser.driver().findElement(By.id("j_password")).sendKeys(PASSWORD);
            browser.navigateBy(() -> browser.driver().findElement(By.cssSelector("form.pp-login-form button")).click());
            browser.get(PortalUrls.portal("workplace"));
            assertEquals("en", htmlLang(browser));
            assertEquals("My profile", title(browser));

            WebElement form = browser.window("workplace-profile").findElement(By.cssSelector("form.park-profile__language"));
            new Select(form.findElement(By.name("lang"))).selectByValue("de");
            browser.navigateBy(() -> form.findElement(By.cssSelector("button[type=submit]")).click());

            browser.await("<html lang> to become de", d -> "de".equals(htmlLang(browser)));
            assertEquals(Texts.identity("profile/ProfileMessages", Locale.GERMAN, "javax.portlet.title"), title(browser));
            assertEquals(Texts.identity("profile/ProfileMessages", Locale.GERMAN, "language.saved", "Deutsch"),
                    browser.window("workplace-profile").findElement(By.cssSelector(".park-identity-notice")).getText().strip());
            assertEquals(Texts.portal(Locale.GERMAN, "user.signOut"),
                    browser.driver().findElement(By.cssSelector(".pp-signout")).getDomProperty("textContent").strip(), "the chrome too");
            assertEquals("de", new Select(browser.window("workplace-profile").findElement(By.name("lang")))
                    .getFirstSelectedOption().getDomAttribute("value"));
            browser.screenshot("profile-language-de");
        }
    }

    private static String htmlLang(Browser browser) {
        return browser.driver().findElement(By.tagName("html")).getDomAttribute("lang");
    }

    private static String title(Browser browser) {
        return browser.window("workplace-profile").findElement(By.cssSelector(".pp-window-title")).getText().strip();
    }
}
