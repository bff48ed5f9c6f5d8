package org.parkportal.it.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parkportal.it.support.DemoUser;
import org.parkportal.it.support.PortalClient;
import org.parkportal.it.support.PortalDeployment;
import org.parkportal.it.support.PortalPage;
import org.parkportal.it.support.PortalUrls;

/**
 * Frank (Globex, whose small servers are approved at once) orders a server through the API; he is told it was
 * approved and then that it runs: in the API (with the counts), in the theme's bell and on the notifications page,
 * whose texts are German for a German reader. Marking read works for him, and nobody else can read or mark his.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
// In order: the later tests mark read what the earlier ones read as unread.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NotificationsIT {

    private static final String PAGE = "workplace/notifications";
    private static final String WINDOW = "notifications-list";
    private static String server;

    @Deployment(name = "portal", order = 1, testable = false)
    static EnterpriseArchive portal() {
        return PortalDeployment.ear();
    }

    /** Counts the portal's SQL statements (H2's query statistics), to measure what the bell costs a page. */
    @Deployment(name = "it-queries", order = 2, testable = false)
    static WebArchive queries() {
        return ShrinkWrap.create(WebArchive.class, "it-queries.war").addClass(QueryStatisticsServlet.class);
    }

    /** One order for the whole class: every test reads what its approval and provisioning left. */
    @BeforeAll
    static void frankOrdersASmallServerAndItRuns() throws InterruptedException {
        JsonObject catalog = object(send(DemoUser.FRANK, "GET", "cloud/catalog", null));
        long zone = id(catalog.getJsonArray("zones"), z -> "Park-South".equals(z.getString("name")));
        long template = id(catalog.getJsonArray("templates"),
                t -> t.getString("name").startsWith("Debian") && t.getJsonNumber("zoneId").longValue() == zone);
        long offering = id(catalog.getJsonArray("offerings"), o -> "small".equals(o.getString("code")));
        server = "note-" + UUID.randomUUID().toString().substring(0, 8);
        PortalPage ordered = send(DemoUser.FRANK, "POST", "cloud/orders", Json.createObjectBuilder().add("zone", zone)
                .add("template", template).add("offering", offering).add("name", server).build().toString());
        assertEquals(201, ordered.status(), ordered::body);
        // Provisioning runs after the approving commit (usually under a second); bounded, not timed.
        for (int i = 0; i < 160 && mine("order.RUNNING").isEmpty(); i++) {
            Thread.sleep(250);
        }
    }

    @Test
    @Order(1)
    void frankIsToldHisServerWasApprovedAndThenRunsWithBothUnread() {
        PortalPage answer = send(DemoUser.FRANK, "GET", "notifications?lang=en", null);
        assertEquals(200, answer.status(), answer::body);

        JsonObject approved = mine("order.APPROVED.automatic").orElseThrow(() -> new AssertionError(answer.body()));
        JsonObject running = mine("order.RUNNING").orElseThrow(() -> new AssertionError(answer.body()));
        assertTrue(approved.getString("text").contains(server) && approved.getString("text").contains("approved"),
                approved::toString);
        assertEquals("Your server " + server + " is running.", running.getString("text"));
        assertEquals("workplace/cloud", running.getString("link"));
        assertEquals("/portal/workplace/cloud", running.getString("url"));
        List<Long> order = ids(array(answer));
        assertTrue(order.indexOf(running.getJsonNumber("id").longValue())
                < order.indexOf(approved.getJsonNumber("id").longValue()), "newest first: " + order);
        long unread = array(answer).stream().map(JsonValue::asJsonObject).filter(n -> !n.getBoolean("read")).count();
        assertEquals(String.valueOf(unread), answer.header("X-Unread-Count").orElseThrow());
        assertEquals(String.valueOf(array(answer).size()), answer.header("X-Total-Count").orElseThrow());
        assertFalse(approved.getBoolean("read"), approved::toString);
        assertFalse(running.getBoolean("read"), running::toString);
        assertTrue(unread >= 2, answer::body);
    }

    @Test
    @Order(2)
    void theBellShowsFranksUnreadCountAndGuestsHaveNoBell() {
        PortalClient frank = PortalClient.newSession();
        frank.signIn(DemoUser.FRANK.uid(), DemoUser.FRANK.password());

        PortalPage page = frank.get(PAGE);
        String unread = send(DemoUser.FRANK, "GET", "notifications", null).header("X-Unread-Count").orElseThrow();

        assertEquals(200, page.status(), page::excerpt);
        Element count = page.document().selectFirst(".pp-bell .pp-bell-count");
        assertNotNull(count, page::excerpt);
        assertEquals(unread, count.attr("data-unread"));
        assertEquals("/portal/" + PAGE, page.document().selectFirst("a.pp-bell").attr("href"));
        assertNull(PortalClient.newSession().get("home").document().selectFirst(".pp-bell"), "no bell for a guest");
    }

    @Test
    @Order(3)
    void markingOneReadLowersTheCountAndAliceCanNeitherReadNorMarkFranks() {
        JsonObject approved = mine("order.APPROVED.automatic").orElseThrow();
        long id = approved.getJsonNumber("id").longValue();

        PortalPage alices = send(DemoUser.ALICE, "GET", "notifications", null);
        assertEquals(200, alices.status(), alices::body);
        assertFalse(ids(array(alices)).contains(id), "alice does not see frank's: " + alices.body());
        PortalPage refused = send(DemoUser.ALICE, "POST", "notifications/" + id + "/read", null);
        assertEquals(404, refused.status(), refused::body);
        assertEquals("notFound", object(refused).getString("error"));
        assertFalse(mine("order.APPROVED.automatic").orElseThrow().getBoolean("read"), "alice changed nothing");

        long before = Long.parseLong(send(DemoUser.FRANK, "GET", "notifications", null).header("X-Unread-Count")
                .orElseThrow());
        PortalPage marked = send(DemoUser.FRANK, "POST", "notifications/" + id + "/read", null);
        assertEquals(204, marked.status(), marked::body);
        assertEquals(String.valueOf(before - 1), marked.header("X-Unread-Count").orElseThrow());
        JsonObject read = mine("order.APPROVED.automatic").orElseThrow();
        assertTrue(read.getBoolean("read"));
        assertFalse(read.isNull("readAt"));
        assertEquals(404, send(DemoUser.FRANK, "POST", "notifications/no-number/read", null).status());
    }

    @Test
    @Order(4)
    void theNotificationsPageIsGermanForAGermanReaderAndMarksAllRead() {
        PortalClient frank = PortalClient.withLanguage("de");
        frank.signIn(DemoUser.FRANK.uid(), DemoUser.FRANK.password());
        // Frank's directory language is Italian; the German reader chooses German for the session.
        PortalPage page = frank.get(PAGE + "?lang=de");
        assertEquals(200, page.status(), page::excerpt);
        String text = page.windowText(WINDOW);
        assertTrue(text.contains("Ihr Server " + server + " läuft."), text);
        assertTrue(text.contains("Alle als gelesen markieren"), text);

        Element readAll = page.window(WINDOW).selectFirst("form:has(button.park-notes__read-all)");
        assertNotNull(readAll, text);
        PortalPage done = frank.post(readAll.attr("action"), Map.of());
        assertEquals(302, done.status(), done::excerpt);
        PortalPage after = frank.follow(done);

        assertEquals("0", send(DemoUser.FRANK, "GET", "notifications", null).header("X-Unread-Count").orElseThrow());
        assertEquals("0", after.document().selectFirst(".pp-bell .pp-bell-count").attr("data-unread"),
                "the bell is not served from an older copy of the page");
        assertTrue(after.windowText(WINDOW).contains("Ungelesen: 0"), after.windowText(WINDOW));
    }

    @Test
    @Order(5)
    @Tag("h2-query-statistics")
    void theBellCostsAtMostOneCountQueryPerPageHoweverManyWindowsAndNoneForAGuest() {
        PortalClient frank = PortalClient.newSession();
        frank.signIn(DemoUser.FRANK.uid(), DemoUser.FRANK.password());
        frank.get("workplace");
        PortalClient guest = PortalClient.newSession();
        guest.get("home");
        PortalPage reset = frank.post(PortalUrls.context("it-queries").resolve("statistics").toString(), Map.of());
        // The measurement uses H2's query statistics: the PostgreSQL pass leaves this test out by its tag.
        assertEquals(204, reset.status(), reset::body);

        PortalPage workplace = frank.get("workplace");
        long afterWorkplace = unreadCounts(frank);
        frank.get(PAGE);
        long afterNotifications = unreadCounts(frank);
        guest.get("home");
        guest.get("workplace");
        long afterGuest = unreadCounts(frank);

        assertTrue(workplace.windows().size() > 3, "a page of several windows: " + workplace.windowNames());
        // The count is kept a few seconds (UnreadCounts): at most one query per page, often none.
        assertTrue(afterWorkplace <= 1, "at most one count for the page of " + workplace.windows().size()
                + " windows: " + afterWorkplace);
        assertTrue(afterNotifications - afterWorkplace <= 1, "at most one more for the next page: " + afterNotifications);
        assertEquals(afterNotifications, afterGuest, "none for a guest");
    }

    /** How often the unread count (select count ... from notification ... read_at is null) ran since the reset. */
    private static long unreadCounts(PortalClient client) {
        PortalPage answer = client.get(PortalUrls.context("it-queries").resolve("statistics?contains=count(&contains="
                + "from%20notification&contains=read_at%20is%20null").toString());
        assertEquals(200, answer.status(), answer::body);
        return Long.parseLong(answer.body().strip());
    }

    private static Optional<JsonObject> mine(String key) {
        PortalPage answer = send(DemoUser.FRANK, "GET", "notifications?lang=en", null);
        assertEquals(200, answer.status(), answer::body);
        return array(answer).stream().map(JsonValue::asJsonObject)
                .filter(n -> key.equals(n.getString("key")) && n.getString("text").contains(server)).findFirst();
    }

    private static List<Long> ids(JsonArray notifications) {
        return notifications.stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    private static long id(JsonArray items, Predicate<JsonObject> which) {
        return items.stream().map(JsonValue::asJsonObject).filter(which).findFirst()
                .orElseThrow(() -> new AssertionError("not in " + items)).getJsonNumber("id").longValue();
    }

    private static PortalPage send(DemoUser user, String method, String path, String body) {
        PortalClient http = PortalClient.newSession();
        String credentials = user.uid() + ":" + user.password();
        HttpRequest.Builder request = http.request(PortalClient.resolve("api/v1/" + path)).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)));
    }

    private static JsonObject object(PortalPage page) {
        return Json.createReader(new StringReader(page.body())).readObject();
    }

    private static JsonArray array(PortalPage page) {
        return Json.createReader(new StringReader(page.body())).readArray();
    }
}
