package org.parkportal.it.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.parkportal.it.support.PortalClient;
import org.parkportal.it.support.PortalPage;

/** The publishing stand-in (it-search.war) and the searches the tests make through the portal's search page. */
final class SearchFixture {

    static final String WINDOW = "search-results";
    static final String WORDS = "pr.{http://parkportal.org/search}q";
    private static final int ATTEMPTS = 120;

    private SearchFixture() {
    }

    static WebArchive war() {
        return ShrinkWrap.create(WebArchive.class, "it-search.war")
                .addClass(SearchFixtureServlet.class)
                .addAsWebInfResource("it-search/jboss-deployment-structure.xml", "jboss-deployment-structure.xml");
    }

    /** A word no other test or document contains. */
    static String uniqueWord(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    static Map<String, String> document(String id, String title, String body, String viewers) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("id", id);
        fields.put("type", "content");
        fields.put("title", title);
        fields.put("body", body);
        fields.put("language", "en");
        fields.put("url", "/portal/home");
        fields.put("viewers", viewers);
        return fields;
    }

    static void publish(Map<String, String> document) {
        send("publish", document);
    }

    static void send(String op, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("op", op);
        PortalPage answer = PortalClient.newSession().post("/it-search/documents", all);
        assertEquals(200, answer.status(), answer::excerpt);
    }

    static PortalPage search(PortalClient client, String words) {
        return client.get("search?" + PortalClient.form(Map.of(WORDS, words)));
    }

    static Elements hits(PortalPage page) {
        return page.window(WINDOW).select("li.park-search__hit");
    }

    static boolean shows(PortalPage page, String id) {
        return hits(page).stream().anyMatch(h -> h.attr("data-id").equals(id));
    }

    static Element hit(PortalPage page, String id) {
        return hits(page).stream().filter(h -> h.attr("data-id").equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no hit " + id + " in " + shown(page)));
    }

    /**
     * Searches until the document is among the results: each node applies the change log within a second or two of
     * the commit. Fails after about a minute.
     */
    static PortalPage awaitFound(PortalClient client, String words, String id) {
        PortalPage page = null;
        for (int i = 0; i < ATTEMPTS; i++) {
            page = search(client, words);
            if (page.status() == 200 && shows(page, id)) {
                return page;
            }
            sleep();
        }
        throw new AssertionError(id + " never found for \"" + words + "\": " + shown(page));
    }

    static String shown(PortalPage page) {
        return page == null ? "(no answer)" : page.status() + " " + page.uri() + ": " + page.findWindow(WINDOW)
                .map(Element::text).orElse(page.excerpt());
    }

    static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
