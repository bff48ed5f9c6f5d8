package org.parkportal.portlets.audit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.ResourceBundle;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parkportal.audit.domain.AuditAction;

/**
 * Every action the back office records has a label, and every key the view builds from a field name exists. That the
 * eight languages have the same keys as the base bundle is checked for all portlet WARs by the samples module's
 * MessageBundlesCompleteTest.
 */
class AuditActionLabelsTest {

    private static final String BUNDLE = "org.parkportal.portlets.audit.AuditLogMessages";

    @ParameterizedTest
    @ValueSource(strings = {"", "en", "zh-CN", "zh-TW", "fr", "de", "it", "ko", "ja"})
    void everyActionAndFilterFieldHasATranslatedLabel(String language) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        for (AuditAction action : AuditAction.values()) {
            assertTrue(bundle.containsKey("action." + action.name()), language + ": action." + action.name());
        }
        for (String field : AuditFilter.FIELDS) {
            assertTrue(bundle.containsKey("filter." + field), language + ": filter." + field);
        }
        for (String error : new String[] {"error.date", "error.range", "error.action", "error.length"}) {
            assertTrue(bundle.containsKey(error), language + ": " + error);
        }
    }
}
