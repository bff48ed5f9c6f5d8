package org.parkportal.search.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parkportal.search.domain.QueryRejected;
import org.parkportal.search.domain.SearchDocument;
import org.parkportal.search.domain.SearchHit;
import org.parkportal.search.domain.SearchQuery;
import org.parkportal.search.domain.SearchResults;
import org.parkportal.search.domain.Suggestion;
import org.parkportal.search.domain.Viewer;

/** The index on its own (in memory): analysis per language, ranking, the visibility filter, highlighting. */
class LuceneIndexTest {

    private static final Set<String> EVERYBODY = Set.of("all-users");
    private static final Viewer ALICE = Viewer.of("alice", Set.of("employees", "sales"), "acme");
    private static final Viewer FRANK = Viewer.of("frank", Set.of("employees", "managers"), "globex");

    private LuceneIndex index;

    @BeforeEach
    void open() throws IOException {
        index = new LuceneIndex(new ByteBuffersDirectory());
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    private void put(SearchDocument... documents) throws IOException {
        index.update(List.of(documents), List.of(), 1, 0);
    }

    private static SearchDocument doc(String id, String title, String body, String language, Set<String> viewers,
                                      String tenant) {
        return new SearchDocument(id, SearchDocument.CONTENT, title, body, language, "/portal/" + id, viewers, tenant);
    }

    private List<String> ids(String text, String language, Viewer viewer) throws IOException {
        return index.search(new SearchQuery(text, language, null, 1), viewer).hits().stream().map(SearchHit::id)
                .toList();
    }

    // ---- analysis

    @Test
    void chineseWordsAreFoundInsideASentence() throws IOException {
        put(doc("zh", "通知", "我爱北京天安门", "zh-CN", EVERYBODY, null),
            doc("other", "通知", "上海的天气很好", "zh-CN", EVERYBODY, null));

        assertEquals(List.of("zh"), ids("北京", "zh-CN", Viewer.GUEST));
        assertEquals(List.of("zh"), ids("北京", "en", Viewer.GUEST), "a Chinese query from an English visitor too");
        assertEquals(List.of("zh"), ids("天安门", "zh-TW", Viewer.GUEST));
    }

    @Test
    void japaneseIsSearchedByBigramsAndKoreanToo() throws IOException {
        put(doc("ja", "お知らせ", "東京都の会議室を予約してください", "ja", EVERYBODY, null),
            doc("ko", "공지", "회의실 예약 시스템이 변경되었습니다", "ko", EVERYBODY, null),
            doc("ja2", "お知らせ", "京都の会場です", "ja", EVERYBODY, null));

        assertEquals(List.of("ja"), ids("会議室", "ja", Viewer.GUEST));
        assertEquals(List.of("ja"), ids("東京", "ja", Viewer.GUEST), "東京 is not 京都");
        assertEquals(List.of("ko"), ids("회의실", "ko", Viewer.GUEST));
    }

    @Test
    void englishIsCaseFoldedAndStemmed() throws IOException {
        put(doc("en", "Parking Rules", "Visitors are parking their cars in the north garage.", "en", EVERYBODY, null),
            doc("de", "Parkordnung", "Besucher parken in der Nordgarage.", "de", EVERYBODY, null));

        assertEquals(List.of("en"), ids("PARKING", "en", Viewer.GUEST));
        assertEquals(List.of("en"), ids("visitor car", "en", Viewer.GUEST), "plural and singular");
        assertEquals(List.of("de"), ids("Besuchern", "de", Viewer.GUEST), "German stemming");
    }

    // ---- relevance

    @Test
    void aTitleMatchOutranksABodyOnlyMatch() throws IOException {
        put(doc("body", "Canteen menu", "The fire drill starts at ten; the canteen stays open.", "en", EVERYBODY, null),
            doc("title", "Fire drill", "Everybody leaves the building by the stairs.", "en", EVERYBODY, null));

        assertEquals(List.of("title", "body"), ids("fire drill", "en", Viewer.GUEST));
    }

    @Test
    void theExactPhraseRanksAboveTheSameWordsApart() throws IOException {
        put(doc("apart", "Notes", "The meeting about parking was moved; the room is booked for the garage team.",
                        "en", EVERYBODY, null),
            doc("phrase", "Notes", "Please book the meeting room on the second floor for visitors and parking.",
                        "en", EVERYBODY, null));

        assertEquals(List.of("phrase", "apart"), ids("meeting room", "en", Viewer.GUEST));
    }

    @Test
    void allWordsMustMatchAndQuotesSearchAPhrase() throws IOException {
        put(doc("a", "Cloud servers", "Order a virtual machine.", "en", EVERYBODY, null),
            doc("b", "Cloud storage", "Buckets for files.", "en", EVERYBODY, null));

        assertEquals(List.of("a"), ids("cloud machine", "en", Viewer.GUEST));
        assertEquals(List.of("b"), ids("\"cloud storage\"", "en", Viewer.GUEST));
        assertEquals(List.of("b"), ids("cloud NOT servers", "en", Viewer.GUEST));
    }

    @Test
    void anUnclosedQuoteIsRejectedAsSyntaxButWordsThatLookLikeSyntaxAreLiteral() throws IOException {
        put(doc("cpp", "C++ course", "Templates and the standard library.", "en", EVERYBODY, null));

        QueryRejected rejected = assertThrows(QueryRejected.class, () -> ids("\"unclosed", "en", Viewer.GUEST));
        assertEquals(QueryRejected.Reason.SYNTAX, rejected.reason());
        assertEquals(List.of("cpp"), ids("C++", "en", Viewer.GUEST));
        assertEquals(List.of(), ids("OR", "en", Viewer.GUEST), "a lone operator finds nothing rather than failing");
    }

    // ---- visibility

    @Test
    void aViewerFindsOnlyDocumentsForTheirGrantees() throws IOException {
        put(doc("public", "Budget overview", "budget", "en", EVERYBODY, null),
            doc("members", "Budget members", "budget", "en", Set.of("authenticated"), null),
            doc("sales", "Budget sales", "budget", "en", Set.of("group:sales"), null),
            doc("frank", "Budget frank", "budget", "en", Set.of("user:frank"), null));

        assertEquals(Set.of("public", "members", "sales"), Set.copyOf(ids("budget", "en", ALICE)));
        assertEquals(Set.of("public", "members", "frank"), Set.copyOf(ids("budget", "en", FRANK)));
        assertEquals(Set.of("public"), Set.copyOf(ids("budget", "en", Viewer.GUEST)));
    }

    @Test
    void aTenantsDocumentIsFoundOnlyByThatTenant() throws IOException {
        put(doc("acme", "Acme invoice", "invoice", "en", Set.of("authenticated"), "acme"),
            doc("park", "Park invoice", "invoice", "en", Set.of("authenticated"), null));

        assertEquals(Set.of("acme", "park"), Set.copyOf(ids("invoice", "en", ALICE)));
        assertEquals(Set.of("park"), Set.copyOf(ids("invoice", "en", FRANK)));
        assertEquals(Set.of(), Set.copyOf(ids("invoice", "en", Viewer.GUEST)));
    }

    @Test
    void countsAndSuggestionsLeaveOutWhatTheViewerMayNotSee() throws IOException {
        put(doc("secret", "Quarterly forecast", "numbers", "en", Set.of("group:managers"), null),
            new SearchDocument("page:q", SearchDocument.PAGE, "Quarterly plan", "", "en", "/portal/q", EVERYBODY, null));

        SearchResults forAlice = index.search(new SearchQuery("quarterly", "en", null, 1), ALICE);
        assertEquals(1, forAlice.total());
        assertEquals(Map.of("page", 1L), forAlice.countsByType());
        assertEquals(List.of("Quarterly plan"), titles(index.suggest("quar", "en", ALICE, 5)));
        assertEquals(List.of("Quarterly forecast", "Quarterly plan"),
                titles(index.suggest("quar", "en", FRANK, 5)).stream().sorted().toList());
    }

    @Test
    void theTypeFilterNarrowsTheHitsButNotTheCounts() throws IOException {
        put(doc("c", "Lobby hours", "", "en", EVERYBODY, null),
            new SearchDocument("page:lobby", SearchDocument.PAGE, "Lobby", "", "en", "/portal/lobby", EVERYBODY, null));

        SearchResults pages = index.search(new SearchQuery("lobby", "en", "page", 1), Viewer.GUEST);

        assertEquals(List.of("page:lobby"), pages.hits().stream().map(SearchHit::id).toList());
        assertEquals(1, pages.total());
        assertEquals(Map.of("page", 1L, "content", 1L), pages.countsByType());
    }

    @Test
    void resultsComeTenAPage() throws IOException {
        for (int i = 0; i < 23; i++) {
            put(doc("n" + i, "Notice " + i, "shuttle bus", "en", EVERYBODY, null));
        }
        SearchResults third = index.search(new SearchQuery("shuttle", "en", null, 3), Viewer.GUEST);

        assertEquals(23, third.total());
        assertEquals(3, third.hits().size());
        assertEquals(21, third.first());
        assertFalse(third.hasNext());
        assertTrue(third.hasPrevious());
    }

    // ---- highlighting and titles

    @Test
    void highlightingMarksTheWordsAndEscapesTheDocumentsHtml() throws IOException {
        put(doc("x", "<b>Security</b> notice", "Never click <script>alert('x')</script> links in security mails.",
                "en", EVERYBODY, null));

        SearchHit hit = index.search(new SearchQuery("security", "en", null, 1), Viewer.GUEST).hits().get(0);

        assertEquals("&lt;b&gt;<mark>Security</mark>&lt;&#x2F;b&gt; notice", hit.titleHtml());
        assertTrue(hit.snippetHtml().contains("<mark>security</mark>"), hit.snippetHtml());
        assertFalse(hit.snippetHtml().contains("<script"), hit.snippetHtml());
        assertTrue(hit.snippetHtml().contains("&lt;script&gt;"), hit.snippetHtml());
    }

    @Test
    void chineseMatchesAreMarkedAsWholeWords() throws IOException {
        put(doc("zh", "北京通知", "我爱北京天安门", "zh-CN", EVERYBODY, null));

        SearchHit hit = index.search(new SearchQuery("北京", "zh-CN", null, 1), Viewer.GUEST).hits().get(0);

        assertTrue(hit.snippetHtml().contains("<mark>北京</mark>"), hit.snippetHtml());
    }

    @Test
    void aVisitorSeesTheTitleInTheirLanguageAndFindsItByAnyTitle() throws IOException {
        put(new SearchDocument("page:home", SearchDocument.PAGE, "Home", "", null, "/portal/home", EVERYBODY, null,
                Map.of("de", "Startseite", "zh-CN", "首页")));

        SearchHit forGerman = index.search(new SearchQuery("startseite", "de", null, 1), Viewer.GUEST).hits().get(0);
        assertEquals("<mark>Startseite</mark>", forGerman.titleHtml());
        SearchHit forChinese = index.search(new SearchQuery("首页", "zh-CN", null, 1), Viewer.GUEST).hits().get(0);
        assertEquals("<mark>首页</mark>", forChinese.titleHtml());
        assertEquals(List.of("Startseite"), titles(index.suggest("Start", "en", Viewer.GUEST, 5)));
    }

    // ---- writing

    @Test
    void theIndexRemembersTheLastAppliedChange() throws IOException {
        assertEquals(-1, index.lastAppliedChange());
        index.update(List.of(doc("a", "A", "", "en", EVERYBODY, null)), List.of(), 42, 1000);
        assertEquals(42, index.lastAppliedChange());
        assertEquals(1000, index.appliedAt());
        index.update(List.of(), List.of("a"), 43, 2000);
        assertEquals(Set.of(), index.ids());
    }

    private static List<String> titles(List<Suggestion> suggestions) {
        return suggestions.stream().map(Suggestion::title).toList();
    }
}
