package org.parkportal.cloud.metering.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parkportal.cloud.metering.application.MeteringTexts;

/** Every refusal has a text in each of the eight languages. */
class MeteringTextsTest {

    @ParameterizedTest
    @ValueSource(strings = {"en", "de", "fr", "it", "ja", "ko", "zh-CN", "zh-TW"})
    void everyRefusalIsTranslated(String language) {
        ResourceBundle.Control exact = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        ResourceBundle base = ResourceBundle.getBundle(MeteringTexts.BUNDLE, Locale.ROOT, exact);
        ResourceBundle bundle = ResourceBundle.getBundle(MeteringTexts.BUNDLE, Locale.forLanguageTag(language), exact);
        assertEquals(base.keySet(), bundle.keySet());
        MeteringTexts texts = MeteringTexts.of(Locale.forLanguageTag(language));
        for (MeteringRefused.Reason reason : MeteringRefused.Reason.values()) {
            String text = bundle.getString("refused." + reason.name());
            assertFalse(text.isBlank(), language + " " + reason);
            assertFalse(text.contains("'"), language + " " + reason + ": use ’");
            assertEquals(text, texts.refusal(reason));
            if (!language.equals("en")) {
                assertNotEquals(base.getString("refused." + reason.name()), text, language + " " + reason);
            }
        }
    }
}
