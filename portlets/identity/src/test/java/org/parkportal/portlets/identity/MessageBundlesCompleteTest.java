package org.parkportal.portlets.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parkportal.directory.application.DirectoryFailure;

/**
 * Both bundles of this application exist in the base language and all eight portal languages, each with exactly the
 * keys of every other, and every key the code can show is there. (The samples module checks all portlet bundles for
 * placeholders and quoting; this one fails here, next to the texts, when a key is missing.)
 */
class MessageBundlesCompleteTest {

    private static final List<String> LANGUAGES = List.of("", "_en", "_zh_CN", "_zh_TW", "_fr", "_de", "_it", "_ko", "_ja");
    private static final Path RESOURCES = Path.of("src/main/resources/org/parkportal/portlets/identity");

    @ParameterizedTest
    @ValueSource(strings = {"profile/ProfileMessages", "directory/DirectoryMessages"})
    void everyLanguageHasTheKeysOfEveryOther(String bundle) throws IOException {
        List<Set<String>> keys = new ArrayList<>();
        Set<String> all = new TreeSet<>();
        for (String language : LANGUAGES) {
            Set<String> found = load(bundle + language).stringPropertyNames();
            keys.add(found);
            all.addAll(found);
        }
        for (int i = 0; i < LANGUAGES.size(); i++) {
            Set<String> missing = new TreeSet<>(all);
            missing.removeAll(keys.get(i));
            assertEquals(Set.of(), missing, bundle + LANGUAGES.get(i) + " lacks keys");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"profile/ProfileMessages", "directory/DirectoryMessages"})
    void everyDirectoryFailureHasAText(String bundle) throws IOException {
        Properties base = load(bundle);
        for (DirectoryFailure.Reason reason : DirectoryFailure.Reason.values()) {
            assertTrue(base.containsKey("failure." + reason.name()), bundle + ": failure." + reason.name());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"uid", "name", "mail", "tenant", "password"})
    void everyFieldThatNewPersonCanNameHasAMessage(String field) throws IOException {
        assertTrue(load("directory/DirectoryMessages").containsKey("invalid." + field), field);
    }

    @ParameterizedTest
    @ValueSource(strings = {"password.missing", "password.mismatch", "password.weak", "theme.default", "theme.mobile"})
    void theProfileTextsTheCodeUsesExist(String key) throws IOException {
        assertFalse(load("profile/ProfileMessages").getProperty(key, "").isBlank(), key);
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(RESOURCES.resolve(name + ".properties"))) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
