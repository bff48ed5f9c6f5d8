package org.parkportal.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.parkportal.it.support.DemoUser;
import org.parkportal.it.support.JobsView;
import org.parkportal.it.support.LifecycleClock;
import org.parkportal.it.support.PortalClient;
import org.parkportal.it.support.PortalUrls;
import org.parkportal.it.support.WithTestPortlets;

/**
 * Issue 5's "done means", in a real browser: alice orders a server in the one-page wizard; bob opens his task inbox
 * and approves it; alice opens "My servers", sees the VM running (reloading, as a person would, while it is being
 * created), stops it and finds its running hours on Acme's bill; on a phone, in the mobile theme, the same page
 * stacks its fields and shows the servers as cards without sideways scrolling. So that whole hours have passed, the
 * cloud's lifecycle clock plays the journey seven hours ago: ordered and running at {@code start}, stopped six hours
 * later; metering and rating then run as the administrator's "Run now" would.
 */
class CloudOrderJourneyIT extends WithTestPortlets {

    private static final String PAGE = "workplace/cloud";
    /** Provisioning starts after the approval commits and usually takes under a second; the sweep job is the fallback. */
    private static final Duration PROVISIONING = Duration.ofSeconds(30);
    private static final Dimension PHONE = new Dimension(360, 800);
    /** Rounding of fractional layout positions. */
    private static final double TOLERANCE_PX = 3;

    @Test
    void aliceOrdersBobApprovesAndAliceStopsHerRunningServerAndFindsItsHoursOnHerBill() {
        String name = "journey-" + UUID.randomUUID().toString().substring(0, 8);
        Instant start = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(7, ChronoUnit.HOURS);
        PortalClient admin = PortalClient.newSession();
        admin.signIn(DemoUser.ADMIN.uid(), DemoUser.ADMIN.password());
        try {
            LifecycleClock.setTo(admin, start);
            journey(name, admin, start);
        } finally {
            LifecycleClock.release(admin);
        }
    }

    private void journey(String name, PortalClient admin, Instant start) {
        String orderId;
        try (Browser alice = Browser.open()) {
            alice.signIn(DemoUser.ALICE.uid(), DemoUser.ALICE.password());
            alice.get(PortalUrls.portal(PAGE));
            WebElement form = alice.await("the order form", d -> first(d, "form.park-cloud__wizard"));
            form.findElement(By.cssSelector("select[name=offering] option[data-code=small]")).click();
            form.findElement(By.name("name")).sendKeys(name);
            alice.navigateBy(() -> form.findElement(By.cssSelector("button[data-op=order]")).click());

            WebElement placed = alice.await("the order's confirmation", d -> first(d, ".park-cloud__placed"));
            assertEquals("PENDING_APPROVAL", placed.getAttribute("data-status"), placed.getText());
            orderId = placed.getAttribute("data-order-id");
            assertTrue(placed.getText().contains(name), placed.getText());
        }

        try (Browser bob = Browser.open()) {
            bob.signIn(DemoUser.BOB.uid(), DemoUser.BOB.password());
            bob.get(PortalUrls.portal("workplace/tasks"));
            WebElement row = bob.await("alice's order in bob's inbox",
                    d -> first(d, "tr[data-business-key='" + orderId + "']"));
            assertTrue(row.getText().contains("Genehmigung · Cloud-Server-Bestellung"),
                    "bob reads in German what he is asked to approve: " + row.getText());
            bob.navigateBy(() -> row.findElement(By.tagName("a")).click());
            WebElement task = bob.await("the task panel", d -> first(d, "section.park-tasks__task"));
            task.findElement(By.cssSelector("[data-field='decision'] input[value='approve']")).click();
            bob.navigateBy(() -> task.findElement(By.cssSelector("button[data-op='complete']")).click());
            WebElement outcome = bob.await("the outcome", d -> first(d, ".park-tasks__outcome"));
            assertEquals("done", outcome.getAttribute("data-outcome"), outcome.getText());
        }

        try (Browser alice = Browser.open()) {
            alice.signIn(DemoUser.ALICE.uid(), DemoUser.ALICE.password());
            String vmRow = "table.park-cloud__vms tr[data-order-id='" + orderId + "']";
            alice.get(PortalUrls.portal(PAGE));
            WebElement running = alice.waiting(PROVISIONING).withMessage("alice's server running").until(d -> {
                WebElement row = first(d, vmRow);
                if (row != null && "RUNNING".equals(row.getAttribute("data-state"))) {
                    return row;
                }
                d.navigate().refresh();
                return null;
            });
            assertEquals(name, running.getAttribute("data-vm-name"));
            LifecycleClock.setTo(admin, start.plus(6, ChronoUnit.HOURS));
            alice.navigateBy(() -> running.findElement(By.cssSelector("button[data-op=stop]")).click());

            WebElement stopped = alice.await("alice's server stopped", d -> {
                WebElement row = first(d, vmRow);
                return row != null && "STOPPED".equals(row.getAttribute("data-state")) ? row : null;
            });
            assertTrue(stopped.findElements(By.cssSelector("button[data-op=start]")).size() == 1,
                    "a stopped server offers start");
            WebElement notice = alice.await("the outcome", d -> first(d, ".park-cloud__outcome"));
            assertEquals("done", notice.getAttribute("data-outcome"), notice.getText());

            LifecycleClock.release(admin);
            JobsView.runNow(admin, "cloud.metering");
            JobsView.runNow(admin, "billing.rating");
            // "My bills" shows the month so far: in the first hours of a month the played hours belong to the
            // month before (CloudBillingDayIT finds such hours on that month's invoice).
            if (YearMonth.from(start.atZone(ZoneOffset.UTC)).equals(YearMonth.now(ZoneOffset.UTC))) {
                alice.get(PortalUrls.portal("billing"));
                WebElement line = alice.await("the running hours on Acme's bill", d -> first(d,
                        "table.park-bills__current tr[data-item='vm.running.small'] td.park-bills__num"));
                assertTrue(hours(line.getText()) >= 6, "at least this server's 6 running hours: " + line.getText());
            }

            // The same page on a phone in the mobile theme: fields stack, tables become cards, nothing scrolls sideways.
            alice.resize(PHONE);
            alice.get(PortalUrls.portal(PAGE + "?theme=mobile"));
            alice.await("the order form", d -> first(d, "form.park-cloud__wizard"));
            alice.screenshot("cloud-servers-mobile");
            assertTrue(alice.number("return document.documentElement.scrollWidth - window.innerWidth") <= TOLERANCE_PX,
                    "no sideways scrolling at 360 px");
            for (String window : List.of("cloud-order", "cloud-servers")) {
                assertTrue(alice.number("var body = document.querySelector('[data-portlet-window=\"" + window
                        + "\"] .pp-window-body'); return body.scrollWidth - body.clientWidth;") <= TOLERANCE_PX,
                        window + " fits its window at 360 px: nothing in it scrolls sideways");
            }
            assertTrue(alice.number("var labels = document.querySelectorAll("
                    + "'[data-portlet-window=\"cloud-order\"] [data-step=offering] label');"
                    + "var lefts = Array.prototype.map.call(labels, function (l) { return l.getBoundingClientRect().left; });"
                    + "return labels.length > 1 ? Math.max.apply(null, lefts) - Math.min.apply(null, lefts) : -1;")
                    <= TOLERANCE_PX, "the offering's fields are stacked, one under the other");
            assertEquals("block", alice.script("return getComputedStyle(document.querySelector("
                    + "'[data-portlet-window=\"cloud-servers\"] table.park-cloud__vms tbody tr')).display"),
                    "server rows are shown as cards");
            WebElement startButton = alice.await("the start button on the phone",
                    d -> first(d, vmRow + " button[data-op=start]"));
            assertTrue(startButton.isDisplayed() && startButton.getRect().getX()
                    + startButton.getRect().getWidth() <= PHONE.getWidth(), "the start button is on screen");
        }
    }

    /** The quantity of a bill line as shown in English, e.g. "1,234.5 h". */
    private static double hours(String shown) {
        Matcher number = Pattern.compile("[0-9][0-9,]*(\\.[0-9]+)?").matcher(shown);
        assertTrue(number.find(), "a quantity in " + shown);
        return Double.parseDouble(number.group().replace(",", ""));
    }

    private static WebElement first(WebDriver driver, String css) {
        List<WebElement> found = driver.findElements(By.cssSelector(css));
        return found.isEmpty() ? null : found.get(0);
    }
}
