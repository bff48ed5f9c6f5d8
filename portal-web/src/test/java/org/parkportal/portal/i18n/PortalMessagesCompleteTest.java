package org.parkportal.portal.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.parkportal.portal.driver.Locales;

/** The portal's own texts exist in every portal language, with the same keys as English and none left empty. */
class PortalMessagesCompleteTest {

    private static final Path BUNDLES = Path.of("src/main/resources/org/parkportal/portal");

    @Test
    void everyLanguageHasEveryKey() throws IOException {
        Set<String> english = keys("messages.properties");
        assertFalse(english.isEmpty());
        for (var locale : Locales.SUPPORTED) {
            String file = "messages_" + locale.toString() + ".properties";
            assertTrue(Files.exists(BUNDLES.resolve(file)), file + " is missing");
            assertEquals(english, keys(file), file + " differs from messages.properties");
        }
    }

    private static Set<String> keys(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        properties.forEach((k, v) -> assertFalse(v.toString().isBlank(), file + ": " + k + " is empty"));
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
