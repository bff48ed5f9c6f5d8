package org.parkportal.portlets.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every message bundle of every portlet application (samples, reception, legacy-sample, identity, audit, portal-admin, tasks,
 * billing, search, analytics, cloud-admin, cloud) exists in all eight
 * languages with exactly the base file's keys. Lives in samples, but walks the sibling modules, so a bundle
 * added anywhere under portlets/ is checked without touching this test.
 */
class MessageBundlesCompleteTest {

    static final List<String> LANGUAGES = List.of("en", "zh_CN", "zh_TW", "fr", "de", "it", "ko", "ja");
    static final Set<String> REQUIRED_KEYS = Set.of("javax.portlet.title", "javax.portlet.short-title", "javax.portlet.keywords");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    private static final Pattern LANGUAGE_SUFFIX = Pattern.compile(
            "^(.*?)_(" + String.join("|", LANGUAGES) + ")$");

    /** portlets/ is the parent of this module; Surefire runs tests in the module directory. */
    static Path portletsDir() {
        return Path.of(System.getProperty("basedir", "")).toAbsolutePath().getParent();
    }

    /** Base path (without language suffix and extension) of each bundle, mapped to its files by language ("" = base). */
    static Map<Path, Map<String, Path>> bundles() throws IOException {
        Map<Path, Map<String, Path>> bundles = new TreeMap<>();
        try (Stream<Path> modules = Files.list(portletsDir())) {
            for (Path resources : modules.map(m -> m.resolve("src/main/resources")).filter(Files::isDirectory).toList()) {
                try (Stream<Path> files = Files.walk(resources)) {
                    files.filter(f -> f.getFileName().toString().endsWith(".properties")).forEach(file -> {
                        String name = file.getFileName().toString().replaceFirst("\\.properties$", "");
                        Matcher suffix = LANGUAGE_SUFFIX.matcher(name);
                        String base = suffix.matches() ? suffix.group(1) : name;
                        String language = suffix.matches() ? suffix.group(2) : "";
                        bundles.computeIfAbsent(file.resolveSibling(base), b -> new TreeMap<>()).put(language, file);
                    });
                }
            }
        }
        return bundles;
    }

    @Test
    void findsTheBundlesOfAllApplications() throws IOException {
        Set<String> modules = bundles().keySet().stream()
                .map(base -> portletsDir().relativize(base).getName(0).toString())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of("analytics", "audit", "billing", "cloud", "cloud-admin", "identity", "legacy-sample",
                "portal-admin", "reception", "samples", "search", "tasks"), modules);
    }

    @TestFactory
    List<DynamicTest> everyBundleHasAllLanguagesWithTheSameKeys() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        bundles().forEach((base, files) -> tests.add(DynamicTest.dynamicTest(portletsDir().relativize(base).toString(),
                () -> checkBundle(files))));
        return tests;
    }

    private static void checkBundle(Map<String, Path> files) throws IOException {
        Set<String> expected = new TreeSet<>(LANGUAGES);
        expected.add("");
        assertEquals(expected, files.keySet(), "base file plus one file per language");

        Properties base = load(files.get(""));
        assertTrue(base.stringPropertyNames().containsAll(REQUIRED_KEYS), "title, short title and keywords");
        for (String language : LANGUAGES) {
            Properties translation = load(files.get(language));
            assertEquals(base.stringPropertyNames(), translation.stringPropertyNames(), language + ": keys");
            for (String key : base.stringPropertyNames()) {
                checkText(language, key, base.getProperty(key), translation.getProperty(key));
            }
            if (!language.equals("en")) {
                assertNotEquals(base, translation, language + ": a copy of English, not a translation");
            }
        }
    }

    /** Placeholders must survive translation, and apostrophes must not be swallowed by MessageFormat. */
    private static void checkText(String language, String key, String english, String text) {
        String where = language + ": " + key;
        assertFalse(text.isBlank(), where + " is empty");
        assertEquals(placeholders(english), placeholders(text), where + " placeholders");
        if (placeholders(text).isEmpty()) {
            // Shown without MessageFormat unless a JSP passes parameters anyway; a typographic ’ is safe both ways.
            assertFalse(text.contains("'"), where + ": use \u2019 instead of '");
            return;
        }
        Object[] arguments = placeholders(text).stream().map(i -> "<arg" + i + ">").toArray();
        String formatted = new MessageFormat(text).format(arguments);
        for (Object argument : arguments) {
            assertTrue(formatted.contains((String) argument), where + ": a quote hides " + argument);
        }
        assertEquals(text.replace("''", "'").chars().filter(c -> c == '\'').count(),
                formatted.chars().filter(c -> c == '\'').count(), where + ": single ' vanishes; write ''");
    }

    private static Set<Integer> placeholders(String text) {
        Set<Integer> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(Integer.valueOf(m.group(1)));
        }
        return found;
    }

    /** Read strictly as UTF-8 (what Java 9+ bundles expect): a Latin-1 file fails here instead of showing mojibake. */
    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new java.io.InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT))) {
            properties.load(reader);
        } catch (CharacterCodingException e) {
            fail(file + " is not UTF-8", e);
        }
        return properties;
    }
}
