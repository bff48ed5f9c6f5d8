package org.parkportal.it.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.parkportal.it.browser.Browser;
import org.parkportal.it.support.DemoUser;
import org.parkportal.it.support.PortalUrls;
import org.parkportal.it.support.WithTestPortlets;

/**
 * In a real browser: alice's request reaches bob's inbox; bob (who reads the portal in German) opens it, sees the
 * diagram at "Decide", approves with a comment, and the requesting service sees the approval.
 */
class ApprovalJourneyIT extends WithTestPortlets {

    @Test
    void aManagerApprovesARequestFromTheTaskInbox() {
        String id = "journey-" + UUID.randomUUID().toString().substring(0, 8);
        var service = new TaskApi.RequestingService(DemoUser.ALICE);
        assertEquals(201, service.request("it-journey", id, "manager", false).status());

        try (Browser browser = Browser.open()) {
            browser.signIn("bob", "bob-Demo1");
            browser.get(PortalUrls.portal("workplace/tasks"));
            WebElement row = browser.await("alice's request in bob's inbox", d -> d.findElements(
                    By.cssSelector("tr[data-business-key='" + id + "']")).stream().findFirst().orElse(null));
            browser.navigateBy(() -> row.findElement(By.tagName("a")).click());

            WebElement task = browser.await("the task panel", d -> d.findElements(
                    By.cssSelector("section.park-tasks__task")).stream().findFirst().orElse(null));
            assertTrue(task.findElement(By.cssSelector("svg [data-step='decide']")).getAttribute("data-active") != null,
                    "the diagram marks the current step");
            task.findElement(By.cssSelector("[data-field='decision'] input[value='approve']")).click();
            task.findElement(By.cssSelector("[data-field='comment'] textarea")).sendKeys("Einverstanden");
            browser.navigateBy(() -> task.findElement(By.cssSelector("button[data-op='complete']")).click());

            WebElement outcome = browser.await("the outcome", d -> d.findElements(
                    By.cssSelector(".park-tasks__outcome")).stream().findFirst().orElse(null));
            assertEquals("done", outcome.getAttribute("data-outcome"), outcome.getText());
            assertTrue(browser.driver().findElements(By.cssSelector("tr[data-business-key='" + id + "']")).isEmpty(),
                    "the decided request has left the list");
        }
        assertEquals("APPROVED", service.approval("it-journey", id).getString("status"));
        assertEquals("bob", service.approval("it-journey", id).getString("decidedBy"));
    }
}
