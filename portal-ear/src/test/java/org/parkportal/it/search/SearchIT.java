package org.parkportal.it.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parkportal.it.search.SearchFixture.awaitFound;
import static org.parkportal.it.search.SearchFixture.document;
import static org.parkportal.it.search.SearchFixture.hit;
import static org.parkportal.it.search.SearchFixture.hits;
import static org.parkportal.it.search.SearchFixture.publish;
import static org.parkportal.it.search.SearchFixture.search;
import static org.parkportal.it.search.SearchFixture.shown;
import static org.parkportal.it.search.SearchFixture.shows;
import static org.parkportal.it.search.SearchFixture.uniqueWord;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parkportal.it.support.DemoUser;
import org.parkportal.it.support.PageSets;
import org.parkportal.it.support.PortalClient;
import org.parkportal.it.support.PortalPage;
import org.parkportal.it.support.Texts;

/**
 * Search through the real portal: documents published the way web content and knowledge articles will publish them
 * (it-search.war calls the SearchPublisher EJB in a transaction), the demo pages and the directory's people, found
 * on the search page and in the suggestions only by those who may see them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SearchIT {

    @Deployment(name = "portal", order = 1, testable = false)
    static EnterpriseArchive portal() {
        return org.parkportal.it.support.PortalDeployment.ear();
    }

    @Deployment(name = "it-search", order = 2, testable = false)
    static WebArchive publisher() {
        return SearchFixture.war();
    }

    @Test
    void aliceFindsHerSalesGroupsDocumentByTitleAndSuggestionAndFrankFindsNeither() {
        String word = uniqueWord("pipeline");
        String id = "content:" + word;
        publish(document(id, "Acme " + word + " review", "Numbers of the quarter for the sales team.", "group:sales"));
        PortalClient alice = signedIn(DemoUser.ALICE);
        PortalClient frank = signedIn(DemoUser.FRANK);

        PortalPage found = awaitFound(alice, word + " review", id);
        Element title = hit(found, id).selectFirst("h3 a");
        assertNotNull(title, () -> shown(found));
        assertEquals(word, title.selectFirst("mark").text(), "the matched word is marked");
        assertEquals("/portal/home", title.attr("href"));
        assertEquals(List.of("Acme " + word + " review"), suggestions(alice, "Acme " + word.substring(0, 12)));

        PortalPage forFrank = search(frank, word + " review");
        assertEquals(200, forFrank.status());
        assertTrue(hits(forFrank).isEmpty(), () -> shown(forFrank));
        assertNoResultsMessage(forFrank, word + " review");
        assertEquals(List.of(), suggestions(frank, "Acme " + word.substring(0, 12)));
    }

    @Test
    void aCompanysDocumentIsFoundOnlyByThatCompanysPeople() {
        String word = uniqueWord("invoice");
        String id = "content:" + word;
        Map<String, String> acmeOnly = document(id, "Invoice " + word, "For Acme only.", "authenticated");
        acmeOnly.put("tenant", "acme");
        publish(acmeOnly);

        awaitFound(signedIn(DemoUser.BOB), word, id);
        assertFalse(shows(search(signedIn(DemoUser.FRANK), word), id), "globex does not see acme's document");
        assertFalse(shows(search(signedIn(DemoUser.CAROL), word), id), "nor does the park's own staff");
    }

    @Test
    void aGuestFindsOnlyWhatIsPublicAndTheCountSaysSo() {
        String word = uniqueWord("lobby");
        publish(document("content:" + word + "-public", "Lobby hours " + word, "Open to visitors.", "all-users"));
        publish(document("content:" + word + "-staff", "Staff entrance " + word, "Badge needed.", "authenticated"));
        awaitFound(signedIn(DemoUser.CAROL), word, "content:" + word + "-staff");

        PortalPage guest = search(PortalClient.newSession(), word);

        assertEquals(List.of("content:" + word + "-public"), hits(guest).eachAttr("data-id"), () -> shown(guest));
        assertEquals(Texts.search(Locale.ENGLISH, "results.range", 1, 1, 1),
                guest.window(SearchFixture.WINDOW).selectFirst(".park-search__summary").text());
    }

    @Test
    void theDocumentsMarkupIsShownAsTextAroundTheMarkedWord() {
        String word = uniqueWord("alert");
        String id = "content:" + word;
        publish(document(id, "<script>alert(1)</script> " + word, "Click <b>here</b> for the " + word + " details.",
                "all-users"));

        PortalPage page = awaitFound(PortalClient.newSession(), word, id);

        Element hit = hit(page, id);
        assertTrue(hit.select("script, b").isEmpty(), hit::html);
        assertEquals("<script>alert(1)</script> " + word, hit.selectFirst("h3 a").text());
        Element snippet = hit.selectFirst(".park-search__snippet");
        assertEquals(word, snippet.selectFirst("mark").text());
        assertTrue(snippet.text().contains("Click <b>here</b>"), snippet::text);
    }

    @Test
    void aRolledBackPublicationIsNeverFound() {
        String word = uniqueWord("draft");
        Map<String, String> rolledBack = document("content:" + word + "-rolled-back", "Draft " + word, "", "all-users");
        rolledBack.put("rollback", "true");
        publish(rolledBack);
        publish(document("content:" + word + "-committed", "Final " + word, "", "all-users"));

        PortalPage page = awaitFound(PortalClient.newSession(), word, "content:" + word + "-committed");

        assertEquals(List.of("content:" + word + "-committed"), hits(page).eachAttr("data-id"));
    }

    @Test
    void aWithdrawnDocumentDisappears() {
        String word = uniqueWord("notice");
        String id = "content:" + word;
        publish(document(id, "Notice " + word, "", "all-users"));
        awaitFound(PortalClient.newSession(), word, id);

        SearchFixture.send("withdraw", Map.of("id", id));
        String sentinel = id + "-after";
        publish(document(sentinel, "Later " + word, "", "all-users"));

        PortalPage page = awaitFound(PortalClient.newSession(), word, sentinel);
        assertFalse(shows(page, id), () -> shown(page));
    }

    @Test
    void pagesAreFoundInTheVisitorsLanguageAndOnlyByWhoMayViewThem() {
        PortalClient german = PortalClient.withLanguage("de");
        PortalPage empfang = awaitFound(german, "Empfang", "page:home/reception");
        assertEquals("<mark>Empfang</mark>", hit(empfang, "page:home/reception").selectFirst("h3 a").html());
        assertEquals("/portal/home/reception",
                hit(empfang, "page:home/reception").selectFirst("h3 a").attr("href"));

        awaitFound(signedIn(DemoUser.FRANK), "Managers", "page:managers");
        assertFalse(shows(search(signedIn(DemoUser.ALICE), "Managers"), "page:managers"), "alice is no manager");
        assertFalse(shows(search(PortalClient.newSession(), "Managers"), "page:managers"));
    }

    @Test
    void signedInPeopleFindColleaguesGuestsDoNot() {
        PortalPage page = awaitFound(signedIn(DemoUser.ALICE), "Fontana", "person:frank");
        assertEquals("mailto:", hit(page, "person:frank").selectFirst("h3 a").attr("href").substring(0, 7));

        assertFalse(shows(search(PortalClient.newSession(), "Fontana"), "person:frank"));
    }

    @Test
    void aQueryThatCannotBeReadGetsATranslatedSentence() {
        PortalPage page = search(PortalClient.withLanguage("de"), "\"unclosed");

        assertEquals(200, page.status(), page::excerpt);
        assertTrue(page.windowError(SearchFixture.WINDOW).isEmpty(), page::excerpt);
        Element rejected = page.window(SearchFixture.WINDOW).selectFirst(".park-search__rejected");
        assertNotNull(rejected, () -> shown(page));
        assertEquals(Texts.search(Locale.GERMAN, "query.SYNTAX", 200), rejected.text());
    }

    @Test
    void resultsComeTenAPageAndTheTypeChoiceNarrowsThem() {
        String word = uniqueWord("shuttle");
        for (int i = 0; i < 12; i++) {
            publish(document("content:" + word + "-" + i, "Shuttle " + i + " " + word, "", "all-users"));
        }
        Map<String, String> article = document("article:" + word, "Shuttle article " + word, "", "all-users");
        article.put("type", "article");
        publish(article);
        PortalClient guest = PortalClient.newSession();
        PortalPage first = awaitTotal(guest, word, 13);

        assertEquals(10, hits(first).size());
        Element next = first.window(SearchFixture.WINDOW).selectFirst("a[rel=next]");
        assertNotNull(next, () -> shown(first));
        PortalPage second = guest.get(next.attr("href"));
        assertEquals(3, hits(second).size(), () -> shown(second));

        Element articles = first.window(SearchFixture.WINDOW).selectFirst(".park-search__types a[data-type=article]");
        assertNotNull(articles, () -> shown(first));
        assertEquals(Texts.search(Locale.ENGLISH, "type.article") + " (1)", articles.text());
        PortalPage narrowed = guest.get(articles.attr("href"));
        assertEquals(List.of("article:" + word), hits(narrowed).eachAttr("data-id"), () -> shown(narrowed));
    }

    @Test
    void anAdministratorsRebuildRestoresWhatTheIndexLostAndOthersAreRefused() {
        String word = uniqueWord("restored");
        String lost = "content:" + word + "-lost";
        SearchFixture.send("orphan", document(lost, "Lost " + word, "", "all-users"));
        String sentinel = "content:" + word + "-sentinel";
        publish(document(sentinel, "Sentinel " + word, "", "all-users"));
        PortalClient guest = PortalClient.newSession();
        PortalPage before = awaitFound(guest, word, sentinel);
        assertFalse(shows(before, lost), "the row without a change-log entry is not in the index");

        PortalClient frank = signedIn(DemoUser.FRANK);
        PortalPage franksPage = frank.get("search");
        assertNull(franksPage.window(SearchFixture.WINDOW).selectFirst("form.park-search__rebuild"),
                "no rebuild button for frank");
        PortalClient admin = signedIn(DemoUser.ADMIN);
        PortalPage adminsPage = admin.get("search");
        Element rebuild = adminsPage.window(SearchFixture.WINDOW).selectFirst("form.park-search__rebuild");
        assertNotNull(rebuild, () -> shown(adminsPage));

        // Frank sends the action with his own valid token: the back office refuses it, not only the page.
        String forged = rebuild.attr("action").replaceAll("_csrf=[^&]*", "_csrf=" + csrfToken(franksPage));
        PortalPage refused = frank.follow(frank.post(forged, Map.of()));
        Element refusal = refused.window(SearchFixture.WINDOW).selectFirst(".park-search__rebuilt");
        assertNotNull(refusal, () -> shown(refused));
        assertEquals("refused", refusal.attr("data-rebuilt"));
        assertEquals(Texts.search(Locale.ITALIAN, "rebuild.refused"), refusal.text(), "frank reads Italian");

        PortalPage done = admin.follow(admin.post(rebuild.attr("action"), Map.of()));
        Element confirmation = done.window(SearchFixture.WINDOW).selectFirst(".park-search__rebuilt");
        assertNotNull(confirmation, () -> shown(done));
        long documents = Long.parseLong(confirmation.attr("data-rebuilt"));
        assertTrue(documents >= 3, "pages, people and the published documents: " + documents);
        assertEquals(Texts.search(Locale.ENGLISH, "rebuild.done", documents), confirmation.text());

        PortalPage after = awaitFound(guest, word, lost);
        assertTrue(shows(after, sentinel), () -> shown(after));
    }

    private static PortalPage awaitTotal(PortalClient client, String words, int total) {
        String expected = Texts.search(Locale.ENGLISH, "results.range", 1, 10, total);
        PortalPage page = null;
        for (int i = 0; i < 120; i++) {
            page = search(client, words);
            Element summary = page.window(SearchFixture.WINDOW).selectFirst(".park-search__summary");
            if (summary != null && summary.text().equals(expected)) {
                return page;
            }
            SearchFixture.sleep();
        }
        throw new AssertionError("never " + total + " results for " + words + ": " + shown(page));
    }

    private static void assertNoResultsMessage(PortalPage page, String words) {
        Element none = page.window(SearchFixture.WINDOW).selectFirst(".park-search__none");
        assertNotNull(none, () -> shown(page));
        assertEquals(Texts.search(Locale.ITALIAN, "results.none", words), none.text(), "frank reads Italian");
    }

    private static List<String> suggestions(PortalClient client, String words) {
        PortalPage answer = client.get("api/v1/search/suggestions?" + PortalClient.form(Map.of("q", words)));
        assertEquals(200, answer.status(), answer::body);
        assertEquals("private, no-store", answer.header("Cache-Control").orElse(null));
        JsonObject json = PageSets.json(answer);
        return json.getJsonArray("suggestions").stream().map(v -> v.asJsonObject().getString("title")).toList();
    }

    private static String csrfToken(PortalPage page) {
        Element token = page.document().selectFirst("input[name=_csrf]");
        assertNotNull(token, page::excerpt);
        return token.attr("value");
    }

    private static PortalClient signedIn(DemoUser user) {
        PortalClient client = PortalClient.newSession();
        client.signIn(user.uid(), user.password());
        return client;
    }
}
