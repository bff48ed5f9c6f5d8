package org.parkportal.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.parkportal.it.support.DemoUser;
import org.parkportal.it.support.PortalDeployment;

/**
 * Every demo user signs in through the login page in a real browser and finds exactly the pages their groups
 * allow in the navigation, in the language saved in their directory entry; then signs out.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DemoUsersJourneyIT {


    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return PortalDeployment.ear();
    }

    @Test
    void eachDemoUserSeesTheirOwnPagesInTheirLanguage() {
        try (Browser browser = Browser.open()) {
            for (DemoUser user : DemoUser.values()) {
                browser.signIn(user.uid(), user.password());

                assertEquals(user.displayName(), browser.driver().findElement(By.cssSelector(".pp-user-name-text")).getText());
                assertEquals(user.language(), browser.driver().findElement(By.tagName("html")).getDomAttribute("lang"),
                        user.uid() + "'s saved language");
                Set<String> pages = browser.driver().findElements(By.cssSelector("ul.pp-nav-list > li > a.pp-nav-link"))
                        .stream().map(a -> a.getDomAttribute("href").substring("/portal/".length()))
                        .collect(Collectors.toSet());
                assertEquals(user.topPages(), pages, user.uid() + "'s pages");

                // Found at the moment of the click, so a re-rendered header cannot leave a stale element behind.
                browser.navigateBy(() -> browser.driver().findElement(By.cssSelector(".pp-signout")).click());
                assertEquals(1, browser.driver().findElements(By.cssSelector(".pp-user-guest")).size(),
                        user.uid() + " signed out");
            }
        }
    }
}
