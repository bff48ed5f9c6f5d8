package org.parkportal.search.infrastructure;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * Which analysis each language's text gets. Every text goes into the standard fields (Unicode word breaks, lower
 * case; Chinese and Japanese characters one by one), so anything is found from any language; a text in a language
 * with analysis of its own also goes into that language's fields: smartcn's word segmentation for Chinese, bigrams
 * for Japanese and Korean, stemming and stop words for English, German, French and Italian. A query searches the
 * standard fields and those of the visitor's language, plus Chinese or Japanese/Korean fields when its words are in
 * those scripts.
 */
public final class LanguageAnalysis {

    /** The analysis every text gets. */
    public static final String STANDARD = "std";
    public static final String TITLE = "title_";
    public static final String BODY = "body_";
    /** Every analysis key, the standard one first. */
    public static final List<String> KEYS = List.of(STANDARD, "en", "de", "fr", "it", "zh", "cjk");

    private final Map<String, Analyzer> analyzers = new HashMap<>();
    private final Analyzer perField;

    public LanguageAnalysis() {
        analyzers.put(STANDARD, new StandardAnalyzer());
        analyzers.put("en", new EnglishAnalyzer());
        analyzers.put("de", new GermanAnalyzer());
        analyzers.put("fr", new FrenchAnalyzer());
        analyzers.put("it", new ItalianAnalyzer());
        analyzers.put("zh", new SmartChineseAnalyzer());
        analyzers.put("cjk", new CJKAnalyzer());
        Map<String, Analyzer> byField = new HashMap<>();
        analyzers.forEach((key, analyzer) -> {
            byField.put(TITLE + key, analyzer);
            byField.put(BODY + key, analyzer);
        });
        perField = new PerFieldAnalyzerWrapper(analyzers.get(STANDARD), byField);
    }

    /** The analyzer of every title_/body_ field by its name (the standard one for other fields). */
    public Analyzer perField() {
        return perField;
    }

    public Analyzer analyzer(String key) {
        return analyzers.get(key);
    }

    /** The analysis of its own for a language (primary subtag), or null when the standard one is all it gets. */
    public static String keyOf(String primaryLanguage) {
        if (primaryLanguage == null) {
            return null;
        }
        return switch (primaryLanguage) {
            case "en", "de", "fr", "it", "zh" -> primaryLanguage;
            case "ja", "ko" -> "cjk";
            default -> null;
        };
    }

    /** The analyses a query is searched with: standard, the visitor's language's, and those its scripts call for. */
    public static Set<String> keysForQuery(String primaryLanguage, String text) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(STANDARD);
        String own = keyOf(primaryLanguage);
        if (own != null) {
            keys.add(own);
        }
        text.codePoints().forEach(c -> {
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (script == Character.UnicodeScript.HAN) {
                keys.add("zh");
                keys.add("cjk");
            } else if (script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA
                    || script == Character.UnicodeScript.HANGUL) {
                keys.add("cjk");
            }
        });
        return keys;
    }

    public void close() {
        analyzers.values().forEach(Analyzer::close);
    }
}
