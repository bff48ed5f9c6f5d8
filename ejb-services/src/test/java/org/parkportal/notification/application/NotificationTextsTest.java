package org.parkportal.notification.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.parkportal.cloud.application.CloudTexts;

/**
 * The notification texts exist in the eight portal languages with the same keys, every refusal has its words, and
 * texts are made in the reader's language (a failed order's reason too, by the cloud's texts).
 */
class NotificationTextsTest {

    private static final Path BUNDLES = Path.of("src/main/resources/org/parkportal/notification");
    private static final List<String> LANGUAGES = List.of("en", "zh_CN", "zh_TW", "fr", "de", "it", "ko", "ja");

    @Test
    void everyLanguageHasEveryKey() throws IOException {
        Set<String> base = keys("messages.properties");
        for (String language : LANGUAGES) {
            assertEquals(base, keys("messages_" + language + ".properties"), language);
        }
        for (NotificationRefused.Reason reason : NotificationRefused.Reason.values()) {
            assertTrue(base.contains("refused." + reason.name()), reason.name());
        }
        for (String key : List.of("order.APPROVED", "order.APPROVED.automatic", "order.REJECTED",
                "order.REJECTED.noComment", "order.RUNNING", NotificationTexts.ORDER_FAILED, "membership.APPROVED",
                "membership.REJECTED", "membership.REJECTED.noComment", "unknown")) {
            assertTrue(base.contains(key), key);
        }
    }

    @Test
    void rendersInTheReadersLanguage() {
        NotificationView approved = view("order.APPROVED", "web-1", "frank");

        assertEquals("Your server web-1 was approved by frank.", NotificationTexts.of(Locale.ENGLISH).text(approved));
        assertEquals("Ihr Server web-1 wurde von frank genehmigt.", NotificationTexts.of(Locale.GERMAN).text(approved));
    }

    @Test
    void aFailedOrdersReasonIsTheCloudsTextInTheReadersLanguage() {
        NotificationView failed = view(NotificationTexts.ORDER_FAILED, "web-1", "order.failed.NOT_ORDERABLE", "");

        String german = NotificationTexts.of(Locale.GERMAN).text(failed);

        assertEquals("Ihr Server web-1 konnte nicht erstellt werden: "
                + CloudTexts.of(Locale.GERMAN).orderFailure("order.failed.NOT_ORDERABLE", ""), german);
        assertTrue(german.contains("Angebot"), german);
    }

    @Test
    void anUnknownKeyIsSaidSoInsteadOfFailing() {
        String text = NotificationTexts.of(Locale.FRENCH).text(view("crm.something-new", "x"));

        assertFalse(text.isBlank());
        assertFalse(text.contains("crm.something-new"));
        assertTrue(NotificationTexts.knows("order.RUNNING"));
        assertFalse(NotificationTexts.knows("crm.something-new"));
    }

    private static NotificationView view(String key, String... arguments) {
        return new NotificationView(1, key, List.of(arguments), null, Instant.EPOCH, null);
    }

    private static Set<String> keys(String file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return new TreeSet<>(p.stringPropertyNames());
    }
}
