package org.parkportal.billing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parkportal.billing.application.BillingTexts;

/** Every refusal has a text in each of the eight languages (what portlets and the REST API show). */
class BillingTextsTest {

    @ParameterizedTest
    @ValueSource(strings = {"en", "de", "fr", "it", "ja", "ko", "zh-CN", "zh-TW"})
    void everyRefusalIsTranslated(String language) {
        ResourceBundle.Control exact = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        ResourceBundle base = ResourceBundle.getBundle(BillingTexts.BUNDLE, Locale.ROOT, exact);
        ResourceBundle bundle = ResourceBundle.getBundle(BillingTexts.BUNDLE, Locale.forLanguageTag(language), exact);
        assertEquals(base.keySet(), bundle.keySet());
        for (BillingRefused.Reason reason : BillingRefused.Reason.values()) {
            String text = bundle.getString("refused." + reason.name());
            assertFalse(text.isBlank(), language + " " + reason);
            assertFalse(text.contains("'"), language + " " + reason + ": use ’");
            if (!language.equals("en")) {
                assertNotEquals(base.getString("refused." + reason.name()), text, language + " " + reason);
            }
        }
        assertTrue(BillingTexts.of(Locale.forLanguageTag(language)).refusal(BillingRefused.Reason.NOT_FOUND).length() > 1);
    }
}
