package org.parkportal.portlets.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.ResourceBundle;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parkportal.search.domain.QueryRejected;

/**
 * Every text the portlet builds a key for exists in every language: each reason a query is rejected, each known
 * type and the fallback for others. (That all languages have the same keys is checked for every portlet WAR by
 * the samples module's MessageBundlesCompleteTest.)
 */
class SearchTextsTest {

    private static final String BUNDLE = "org.parkportal.portlets.search.SearchMessages";

    private static ResourceBundle bundle(String language) {
        return ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "en", "zh-CN", "zh-TW", "fr", "de", "it", "ko", "ja"})
    void everyReasonAndTypeHasATranslatedText(String language) {
        ResourceBundle texts = bundle(language);
        for (QueryRejected.Reason reason : QueryRejected.Reason.values()) {
            assertTrue(texts.containsKey("query." + reason.name()), language + ": query." + reason.name());
        }
        for (String type : SearchPortlet.KNOWN_TYPES) {
            assertTrue(texts.containsKey("type." + type), language + ": type." + type);
        }
        assertEquals(texts.getString("type.other"), SearchPortlet.label("a-later-service", texts));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "x", "-3", "99999999999"})
    void aPageNumberFromTheUrlIsAlwaysAUsablePage(String value) {
        int page = SearchPortlet.page(value);
        assertTrue(page >= 1 && page <= 50, value + " gave " + page);
    }
}
