package org.parkportal.search.infrastructure;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.parkportal.search.domain.QueryRejected;
import org.parkportal.search.domain.SearchDocument;
import org.parkportal.search.domain.SearchHit;
import org.parkportal.search.domain.SearchQuery;
import org.parkportal.search.domain.SearchResults;
import org.parkportal.search.domain.Suggestion;
import org.parkportal.search.domain.Viewer;

/**
 * One node's Lucene index of the published documents. Writes come from one thread at a time (the change-log
 * applier); searches run concurrently on near-real-time searchers. Each commit records the last change of the log it
 * includes, so the index knows where to go on from after a restart.
 */
public final class LuceneIndex implements Closeable {

    /** Commit user data: the id of the last change of the log applied. */
    static final String LAST_CHANGE = "park.lastChange";
    /** Commit user data: when it was applied (epoch milliseconds). */
    static final String APPLIED_AT = "park.appliedAt";

    private static final String ID = "id";
    private static final String TYPE = "type";
    private static final String VIEWER = "viewer";
    private static final String TENANT = "tenant";
    /** The tenant of documents for the whole park. */
    private static final String NO_TENANT = "-";
    private static final String URL = "url";
    private static final String LANGUAGE = "lang";
    private static final String TITLE = "title";
    private static final String TITLE_IN = "title@";
    private static final String BODY = "body";
    private static final float TITLE_BOOST = 3f;
    private static final float PHRASE_BOOST = 4f;
    private static final int SNIPPET_PASSAGES = 2;
    private static final int MAX_SUGGESTION_TEXT = 100;
    private static final java.util.regex.Pattern OPERATOR = java.util.regex.Pattern.compile("\\b(AND|OR|NOT)\\b");

    private final Directory directory;
    private final LanguageAnalysis analysis;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final UnifiedHighlighter titleHighlighter;
    private final UnifiedHighlighter bodyHighlighter;

    public LuceneIndex(Directory directory) throws IOException {
        this.directory = directory;
        this.analysis = new LanguageAnalysis();
        IndexWriterConfig config = new IndexWriterConfig(analysis.perField())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        this.writer = new IndexWriter(directory, config);
        this.searchers = new SearcherManager(writer, null);
        DefaultPassageFormatter marks = new DefaultPassageFormatter("<mark>", "</mark>", "\u2026 ", true);
        this.titleHighlighter = UnifiedHighlighter.builderWithoutSearcher(analysis.perField())
                .withFormatter(marks).withBreakIterator(WholeBreakIterator::new).withMaxNoHighlightPassages(0).build();
        this.bodyHighlighter = UnifiedHighlighter.builderWithoutSearcher(analysis.perField())
                .withFormatter(marks).withBreakIterator(() -> BreakIterator.getSentenceInstance(Locale.ROOT))
                .withMaxNoHighlightPassages(0).build();
    }

    /** Opens (or creates) the index in that folder. */
    public static LuceneIndex open(Path folder) throws IOException {
        Files.createDirectories(folder);
        return new LuceneIndex(FSDirectory.open(folder));
    }

    /** The id of the last change of the log this index includes; -1 for an index that never applied any. */
    public long lastAppliedChange() {
        return Long.parseLong(commitData().getOrDefault(LAST_CHANGE, "-1"));
    }

    /** When the last change was applied (epoch milliseconds), 0 when never. */
    public long appliedAt() {
        return Long.parseLong(commitData().getOrDefault(APPLIED_AT, "0"));
    }

    private Map<String, String> commitData() {
        Map<String, String> data = new TreeMap<>();
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        if (live != null) {
            live.forEach(e -> data.put(e.getKey(), e.getValue()));
        }
        return data;
    }

    /** Adds or replaces these documents and removes those, recording the log position, in one commit. */
    public synchronized void update(Collection<SearchDocument> put, Collection<String> remove, long lastChange,
                                    long now) throws IOException {
        for (SearchDocument d : put) {
            writer.updateDocument(new Term(ID, d.id()), document(d));
        }
        for (String id : remove) {
            writer.deleteDocuments(new Term(ID, id));
        }
        commit(lastChange, now);
    }

    /** Replaces the whole index with these documents (readers see the old one until the commit). */
    public synchronized int replaceAll(Iterator<SearchDocument> all, long lastChange, long now) throws IOException {
        writer.deleteAll();
        int count = 0;
        while (all.hasNext()) {
            writer.addDocument(document(all.next()));
            count++;
        }
        commit(lastChange, now);
        return count;
    }

    private void commit(long lastChange, long now) throws IOException {
        writer.setLiveCommitData(Map.of(LAST_CHANGE, Long.toString(lastChange), APPLIED_AT, Long.toString(now))
                .entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    /** The number of documents in the index. */
    public int size() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            searchers.release(searcher);
        }
    }

    private Document document(SearchDocument d) {
        Document doc = new Document();
        doc.add(new StringField(ID, d.id(), Field.Store.YES));
        doc.add(new StringField(TYPE, d.type(), Field.Store.YES));
        d.viewers().forEach(v -> doc.add(new StringField(VIEWER, v, Field.Store.NO)));
        doc.add(new StringField(TENANT, d.tenant() == null ? NO_TENANT : d.tenant(), Field.Store.NO));
        if (d.url() != null) {
            doc.add(new StoredField(URL, d.url()));
        }
        if (d.language() != null) {
            doc.add(new StoredField(LANGUAGE, d.language()));
        }
        doc.add(new StoredField(TITLE, d.title()));
        doc.add(new StoredField(BODY, d.body()));
        String own = LanguageAnalysis.keyOf(d.primaryLanguage());
        addText(doc, LanguageAnalysis.STANDARD, d.title(), d.body());
        if (own != null) {
            addText(doc, own, d.title(), d.body());
        }
        d.titles().forEach((tag, title) -> {
            doc.add(new StoredField(TITLE_IN + tag, title));
            doc.add(new TextField(LanguageAnalysis.TITLE + LanguageAnalysis.STANDARD, title, Field.Store.NO));
            String key = LanguageAnalysis.keyOf(SearchDocument.primary(tag));
            if (key != null) {
                doc.add(new TextField(LanguageAnalysis.TITLE + key, title, Field.Store.NO));
            }
        });
        return doc;
    }

    private static void addText(Document doc, String key, String title, String body) {
        doc.add(new TextField(LanguageAnalysis.TITLE + key, title, Field.Store.NO));
        doc.add(new TextField(LanguageAnalysis.BODY + key, body, Field.Store.NO));
    }

    // ---- queries

    /** One page of what the viewer may see for the query; counts and highlights cover nothing else. */
    public SearchResults search(SearchQuery query, Viewer viewer) throws IOException {
        if (query.isEmpty()) {
            return SearchResults.none(query);
        }
        Set<String> keys = LanguageAnalysis.keysForQuery(primary(query.language()), query.text());
        Query match = match(query.text(), keys);
        BooleanQuery.Builder visible = new BooleanQuery.Builder()
                .add(match, Occur.MUST)
                .add(visibleTo(viewer), Occur.FILTER);
        Query phrase = phrase(query.text(), keys);
        if (phrase != null) {
            visible.add(phrase, Occur.SHOULD);
        }
        Query all = visible.build();
        Query shown = query.type() == null ? all : new BooleanQuery.Builder().add(all, Occur.MUST)
                .add(new TermQuery(new Term(TYPE, query.type())), Occur.FILTER).build();
        IndexSearcher searcher = searchers.acquire();
        try {
            long total = searcher.count(shown);
            Map<String, Long> counts = new TreeMap<>();
            for (String type : types(searcher)) {
                long count = searcher.count(new BooleanQuery.Builder().add(all, Occur.MUST)
                        .add(new TermQuery(new Term(TYPE, type)), Occur.FILTER).build());
                if (count > 0) {
                    counts.put(type, count);
                }
            }
            List<SearchHit> hits = new ArrayList<>();
            if (query.offset() < total) {
                TopDocs top = searcher.search(shown, query.offset() + SearchQuery.PAGE_SIZE);
                ScoreDoc[] scored = top.scoreDocs;
                for (int i = query.offset(); i < scored.length; i++) {
                    hits.add(hit(searcher.storedFields().document(scored[i].doc), match, keys, query.language()));
                }
            }
            return new SearchResults(query, hits, total, counts);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new QueryRejected(QueryRejected.Reason.TOO_COMPLEX, query.text());
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * Titles of what the viewer may see that start with the typed words (the last one as a prefix), best first,
     * each title once.
     */
    public List<Suggestion> suggest(String text, String language, Viewer viewer, int limit) throws IOException {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty() || typed.length() > MAX_SUGGESTION_TEXT || limit <= 0) {
            return List.of();
        }
        String field = LanguageAnalysis.TITLE + LanguageAnalysis.STANDARD;
        List<String> words = tokens(analysis.analyzer(LanguageAnalysis.STANDARD), field, typed);
        if (words.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder prefix = new BooleanQuery.Builder();
        for (int i = 0; i < words.size() - 1; i++) {
            prefix.add(new TermQuery(new Term(field, words.get(i))), Occur.MUST);
        }
        prefix.add(new PrefixQuery(new Term(field, words.get(words.size() - 1))), Occur.MUST);
        prefix.add(visibleTo(viewer), Occur.FILTER);
        IndexSearcher searcher = searchers.acquire();
        try {
            Map<String, Suggestion> byTitle = new LinkedHashMap<>();
            for (ScoreDoc scored : searcher.search(prefix.build(), limit * 3).scoreDocs) {
                Document doc = searcher.storedFields().document(scored.doc);
                String title = suggestedTitle(doc, language, words.get(words.size() - 1));
                byTitle.putIfAbsent(title.toLowerCase(Locale.ROOT), new Suggestion(title, doc.get(TYPE), doc.get(URL)));
                if (byTitle.size() == limit) {
                    break;
                }
            }
            return List.copyOf(byTitle.values());
        } catch (IndexSearcher.TooManyClauses e) {
            return List.of();
        } finally {
            searchers.release(searcher);
        }
    }

    /** The visitor's own title if it holds the typed prefix, else the first title that does. */
    private static String suggestedTitle(Document doc, String language, String prefix) {
        List<String> candidates = new ArrayList<>();
        candidates.add(titleIn(doc, language));
        candidates.add(doc.get(TITLE));
        for (IndexableField f : doc.getFields()) {
            if (f.name().startsWith(TITLE_IN)) {
                candidates.add(f.stringValue());
            }
        }
        return candidates.stream().filter(t -> t.toLowerCase(Locale.ROOT).contains(prefix)).findFirst()
                .orElse(candidates.get(0));
    }

    private Query match(String text, Set<String> keys) {
        List<String> fields = new ArrayList<>();
        Map<String, Float> boosts = new TreeMap<>();
        for (String key : keys) {
            fields.add(LanguageAnalysis.TITLE + key);
            fields.add(LanguageAnalysis.BODY + key);
            boosts.put(LanguageAnalysis.TITLE + key, TITLE_BOOST);
        }
        try {
            return parser(fields, boosts).parse(text);
        } catch (ParseException e) {
            // Words that only look like syntax (C++, a/b, 2:1) are meant literally; quotes and brackets are syntax.
            if (text.indexOf('"') >= 0 || text.indexOf('(') >= 0 || text.indexOf(')') >= 0) {
                throw new QueryRejected(QueryRejected.Reason.SYNTAX, text);
            }
            try {
                String literal = OPERATOR.matcher(QueryParser.escape(text))
                        .replaceAll(m -> m.group().toLowerCase(Locale.ROOT));
                return parser(fields, boosts).parse(literal);
            } catch (ParseException literal) {
                throw new QueryRejected(QueryRejected.Reason.SYNTAX, text);
            }
        } catch (IndexSearcher.TooManyClauses e) {
            throw new QueryRejected(QueryRejected.Reason.TOO_COMPLEX, text);
        }
    }

    private MultiFieldQueryParser parser(List<String> fields, Map<String, Float> boosts) {
        MultiFieldQueryParser parser = new MultiFieldQueryParser(fields.toArray(String[]::new), analysis.perField(),
                boosts);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        // Chinese and Japanese words are runs of characters: their characters must follow each other.
        parser.setSplitOnWhitespace(true);
        parser.setAutoGeneratePhraseQueries(true);
        parser.setAllowLeadingWildcard(false);
        return parser;
    }

    /** The whole text as a phrase in any title or body: an exact match ranks above scattered words. */
    private Query phrase(String text, Set<String> keys) {
        if (text.indexOf('"') >= 0 || text.indexOf(' ') < 0) {
            return null;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int clauses = 0;
        for (String key : keys) {
            QueryBuilder builder = new QueryBuilder(analysis.analyzer(key));
            for (String field : List.of(LanguageAnalysis.TITLE + key, LanguageAnalysis.BODY + key)) {
                Query phrase = builder.createPhraseQuery(field, text);
                if (phrase != null) {
                    any.add(phrase, Occur.SHOULD);
                    clauses++;
                }
            }
        }
        return clauses == 0 ? null : new BoostQuery(any.build(), PHRASE_BOOST);
    }

    /** The viewer's grantees among the document's viewers, and the document for the whole park or their tenant. */
    private static Query visibleTo(Viewer viewer) {
        if (viewer.grantees().isEmpty()) {
            return new MatchNoDocsQuery();
        }
        List<BytesRef> tenants = new ArrayList<>(List.of(new BytesRef(NO_TENANT)));
        if (viewer.tenant() != null) {
            tenants.add(new BytesRef(viewer.tenant()));
        }
        return new BooleanQuery.Builder()
                .add(new TermInSetQuery(VIEWER, viewer.grantees().stream().map(BytesRef::new).toList()), Occur.FILTER)
                .add(new TermInSetQuery(TENANT, tenants), Occur.FILTER)
                .build();
    }

    private static Set<String> types(IndexSearcher searcher) throws IOException {
        Set<String> types = new LinkedHashSet<>();
        Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), TYPE);
        if (terms != null) {
            TermsEnum e = terms.iterator();
            for (BytesRef t = e.next(); t != null; t = e.next()) {
                types.add(t.utf8ToString());
            }
        }
        return types;
    }

    private SearchHit hit(Document doc, Query match, Set<String> keys, String language) throws IOException {
        String title = titleIn(doc, language);
        String titleHtml = highlight(titleHighlighter, LanguageAnalysis.TITLE, keys, match, title, 1);
        String body = doc.get(BODY);
        String snippet = body == null || body.isEmpty() ? ""
                : highlight(bodyHighlighter, LanguageAnalysis.BODY, keys, match, body, SNIPPET_PASSAGES);
        if (snippet == null) {
            snippet = escape(beginning(body));
        }
        return new SearchHit(doc.get(ID), doc.get(TYPE), titleHtml == null ? escape(title) : titleHtml, snippet,
                doc.get(URL));
    }

    /** The text with the query's words marked, by the first analysis that finds them; null when none does. */
    private static String highlight(UnifiedHighlighter highlighter, String prefix, Set<String> keys, Query match,
                                    String text, int passages) throws IOException {
        for (String key : keys) {
            Object marked = highlighter.highlightWithoutSearcher(prefix + key, match, text, passages);
            if (marked != null && marked.toString().contains("<mark>")) {
                return marked.toString().strip();
            }
        }
        return null;
    }

    private static String titleIn(Document doc, String language) {
        if (language != null) {
            String exact = doc.get(TITLE_IN + language);
            if (exact != null) {
                return exact;
            }
            String primary = primary(language);
            for (IndexableField f : doc.getFields()) {
                if (f.name().startsWith(TITLE_IN) && SearchDocument.primary(f.name().substring(TITLE_IN.length()))
                        .equals(primary)) {
                    return f.stringValue();
                }
            }
        }
        return doc.get(TITLE);
    }

    private static String beginning(String body) {
        if (body.length() <= 200) {
            return body;
        }
        int cut = body.lastIndexOf(' ', 200);
        return body.substring(0, cut > 100 ? cut : 200) + "\u2026";
    }

    /** The same escaping as the highlighter's, for texts without marks. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#x27;");
                case '/' -> out.append("&#x2F;");
                default -> out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private static String primary(String language) {
        return language == null || language.isBlank() ? null : SearchDocument.primary(language);
    }

    private static List<String> tokens(Analyzer analyzer, String field, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        }
        return tokens;
    }

    /** Every document id in the index (for tests and checks). */
    public Set<String> ids() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            Set<String> ids = new LinkedHashSet<>();
            Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), ID);
            if (terms != null) {
                TermsEnum e = terms.iterator();
                for (BytesRef t = e.next(); t != null; t = e.next()) {
                    if (searcher.count(new TermQuery(new Term(ID, BytesRef.deepCopyOf(t)))) > 0) {
                        ids.add(t.utf8ToString());
                    }
                }
            }
            return ids;
        } finally {
            searchers.release(searcher);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            searchers.close();
            writer.close();
        } finally {
            directory.close();
        }
    }
}
