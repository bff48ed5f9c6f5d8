package org.parkportal.portlets.billing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parkportal.billing.application.BillingTexts;
import org.parkportal.billing.domain.BillingRefused;
import org.parkportal.billing.domain.PricingModel;
import org.parkportal.billing.domain.Unit;
import org.parkportal.billing.domain.UsageType;

/**
 * Every refusal the back office can give (texts of the back office's bundle, shared with the REST API), every usage
 * type, pricing model and unit, and every key the views and notices name has a text in each language. (That the eight languages have the same keys as the base file is checked
 * for all portlet WARs by the samples module's MessageBundlesCompleteTest.)
 */
class BillingMessagesTest {

    private static final Pattern VIEW_KEY = Pattern.compile("key=\"([a-zA-Z0-9._]+)\"");
    private static final Pattern NOTICE_KEY = Pattern.compile("Notice\\.done\\(\"([a-zA-Z0-9._]+)\"");

    @ParameterizedTest
    @ValueSource(strings = {"", "en", "zh-CN", "zh-TW", "fr", "de", "it", "ko", "ja"})
    void everyKeyTheCodeNamesHasATranslation(String language) throws IOException {
        ResourceBundle.Control exact = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        ResourceBundle own = ResourceBundle.getBundle(BillingPortlet.MESSAGES, Locale.forLanguageTag(language), exact);
        ResourceBundle refusals = ResourceBundle.getBundle(BillingTexts.BUNDLE, Locale.forLanguageTag(language), exact);
        List<String> keys = new ArrayList<>(List.of("failed", "invoice.notFound", "credit.level.0", "credit.level.80",
                "credit.level.100", "invoicing.issued", "invoicing.drafts"));
        for (BillingRefused.Reason reason : BillingRefused.Reason.values()) {
            keys.add("refused." + reason.name());
        }
        for (UsageType type : UsageType.values()) {
            keys.add("type." + type.name());
        }
        for (PricingModel model : PricingModel.values()) {
            keys.add("pricing." + model.name());
        }
        for (Unit unit : Unit.values()) {
            keys.add("unit." + unit.name());
        }
        keys.addAll(found(Path.of("src/main/webapp/WEB-INF/jsp"), VIEW_KEY));
        keys.addAll(found(Path.of("src/main/java"), NOTICE_KEY));
        for (String key : keys) {
            assertTrue(own.containsKey(key) || key.startsWith("refused.") && refusals.containsKey(key), language + ": " + key);
        }
    }

    private static List<String> found(Path dir, Pattern pattern) throws IOException {
        List<String> keys = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher m = pattern.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        assertTrue(!keys.isEmpty(), "keys found in " + dir);
        return keys;
    }
}
