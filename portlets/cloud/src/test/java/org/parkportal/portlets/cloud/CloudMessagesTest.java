package org.parkportal.portlets.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parkportal.cloud.machines.domain.Volume;

/**
 * Every key a view or a portlet of this application names has a text in the base file and each of the eight
 * languages, in the bundle of the portlet that shows it. (That every language has exactly the base file's keys, with
 * the same placeholders, is checked for all portlet WARs by the samples module's MessageBundlesCompleteTest.)
 */
class CloudMessagesTest {

    private static final Pattern VIEW_KEY = Pattern.compile("key=\"([a-zA-Z0-9._-]+)\"");
    /** Keys the Java code hands to a view: outcomes, form problems and the fields they name. */
    private static final Pattern CODE_KEY = Pattern.compile("\"((?:done|form|field)\\.[a-zA-Z]+)\"");

    @ParameterizedTest
    @ValueSource(strings = {"", "en", "zh-CN", "zh-TW", "fr", "de", "it", "ko", "ja"})
    void everyKeyOfTheOrderFormHasATranslation(String language) throws IOException {
        Set<String> keys = keys(List.of("order.jsp"), List.of("OrderPortlet.java", "ServerForm.java", "FormNumber.java"));
        keys.add("failed");
        // The quote's rows name their resource's text (use.<name>).
        PriceQuote.Use none = new PriceQuote.Use(0, 0, 0, 0);
        new PriceQuote(java.math.BigDecimal.ZERO, java.math.BigDecimal.ZERO, "CHF", none, none, none,
                new PriceQuote.Limits(null, null, null, null), List.of(), false).getRows()
                .forEach(row -> keys.add("use." + row.name()));
        assertTranslated("org.parkportal.portlets.cloud.OrderMessages", language, keys);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "en", "zh-CN", "zh-TW", "fr", "de", "it", "ko", "ja"})
    void everyKeyOfMyServersHasATranslation(String language) throws IOException {
        Set<String> keys = keys(List.of("servers.jsp"), List.of("ServersPortlet.java"));
        keys.add("failed");
        keys.add("form.notANumber"); // FormNumber.optional's problem; "form.missing" is the order form's only
        for (Volume.Kind kind : Volume.Kind.values()) {
            keys.add("kind." + kind.name());
        }
        assertTrue(keys.contains("done.stop") && keys.contains("form.notANumber"), keys::toString);
        assertTranslated("org.parkportal.portlets.cloud.ServersMessages", language, keys);
    }

    private static void assertTranslated(String bundle, String language, Set<String> keys) {
        ResourceBundle.Control exact = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        ResourceBundle texts = ResourceBundle.getBundle(bundle, Locale.forLanguageTag(language), exact);
        for (String key : keys) {
            assertTrue(texts.containsKey(key), language + ": " + key);
            assertFalse(texts.getString(key).isBlank(), language + ": " + key);
        }
    }

    private static Set<String> keys(List<String> views, List<String> sources) throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String view : views) {
            keys.addAll(found(Path.of("src/main/webapp/WEB-INF/jsp", view), VIEW_KEY));
        }
        for (String source : sources) {
            keys.addAll(found(Path.of("src/main/java/org/parkportal/portlets/cloud", source), CODE_KEY));
        }
        return keys;
    }

    private static Set<String> found(Path file, Pattern pattern) throws IOException {
        Set<String> keys = new TreeSet<>();
        Matcher m = pattern.matcher(Files.readString(file));
        while (m.find()) {
            keys.add(m.group(1));
        }
        assertFalse(keys.isEmpty(), "keys found in " + file);
        return keys;
    }

    @org.junit.jupiter.api.Test
    void theTitlesSayWhatThePortletsAre() {
        assertEquals("Order a server", ResourceBundle.getBundle("org.parkportal.portlets.cloud.OrderMessages",
                Locale.ENGLISH).getString("javax.portlet.title"));
        assertEquals("Meine Server", ResourceBundle.getBundle("org.parkportal.portlets.cloud.ServersMessages",
                Locale.GERMAN).getString("javax.portlet.title"));
    }
}
