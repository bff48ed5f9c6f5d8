package org.parkportal.portlets.cloudadmin;

import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.parkportal.cloud.application.CloudTexts;
import org.parkportal.cloud.catalogue.application.CatalogueEntry;
import org.parkportal.cloud.catalogue.domain.CatalogueRefused;
import org.parkportal.cloud.inventory.application.CapacityFigures;
import org.parkportal.cloud.inventory.domain.HostState;
import org.parkportal.cloud.inventory.domain.Hypervisor;
import org.parkportal.cloud.inventory.domain.InventoryRefused;
import org.parkportal.cloud.inventory.domain.NetworkRule;
import org.parkportal.cloud.ordering.domain.OrderRefused;
import org.parkportal.cloud.placement.domain.PlacementStrategy;

/**
 * Every key the views and notices name, every refusal the inventory can give (the cloud context's bundle), every
 * strategy, hypervisor, host state, rule kind and capacity level has a text in each language, in the bundle the
 * view reads. (That the eight languages have the same keys as the base file is checked for all portlet WARs by the
 * samples module's MessageBundlesCompleteTest.)
 */
class CloudAdminMessagesTest {

    private static final Pattern VIEW_KEY = Pattern.compile("key=[\"']([a-zA-Z0-9._-]+)[\"']");
    private static final Pattern NOTICE_KEY = Pattern.compile("Notice\\.done\\(\"([a-zA-Z0-9._]+)\"\\s*[,)]");
    private static final String PACKAGE = "org.parkportal.portlets.cloudadmin.";

    @ParameterizedTest
    @ValueSource(strings = {"", "en", "zh-CN", "zh-TW", "fr", "de", "it", "ko", "ja"})
    void everyKeyTheInventoryNamesHasATranslation(String language) throws IOException {
        ResourceBundle texts = texts("InventoryMessages", language);
        List<String> keys = new ArrayList<>(List.of("failed", "yes", "no", "none"));
        for (InventoryRefused.Reason reason : InventoryRefused.Reason.values()) {
            keys.add("inventory.refused." + reason.name());
        }
        for (PlacementStrategy s : PlacementStrategy.values()) {
            keys.add("strategy." + s.name());
        }
        for (Hypervisor h : Hypervisor.values()) {
            keys.add("hypervisor." + h.name());
        }
        for (HostState s : HostState.values()) {
            keys.addAll(List.of("state." + s.name(), "host.action." + s.name(), "host.state." + s.name()));
        }
        for (NetworkRule.Kind k : NetworkRule.Kind.values()) {
            keys.add("rule." + k.name());
        }
        keys.addAll(found(List.of("inventory.jsp", "limits.jspf", "networks.jspf", "secondary-storage.jspf",
                "cluster-form.jspf"), VIEW_KEY));
        for (String form : List.of("InventoryPortlet", "NetworkForms", "SecondaryStorageForm", "ClusterForm")) {
            keys.addAll(found(Path.of("src/main/java/org/parkportal/portlets/cloudadmin/" + form + ".java"), NOTICE_KEY));
        }
        assertTrue(keys.containsAll(List.of("rule.removed", "secondary.created", "cluster.changed", "rule.remove")),
                keys::toString);
        assertAll(texts, keys, language);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "en", "zh-CN", "zh-TW", "fr", "de", "it", "ko", "ja"})
    void everyKeyTheCapacityDashboardNamesHasATranslation(String language) throws IOException {
        ResourceBundle texts = texts("CapacityMessages", language);
        List<String> keys = new ArrayList<>(List.of("inventory.refused.NOT_ALLOWED"));
        for (CapacityFigures.Level level : CapacityFigures.Level.values()) {
            keys.add("level." + level.name());
        }
        keys.addAll(found(List.of("capacity.jsp"), VIEW_KEY));
        assertAll(texts, keys, language);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "en", "zh-CN", "zh-TW", "fr", "de", "it", "ko", "ja"})
    void everyKeyTheCatalogueNamesHasATranslation(String language) throws IOException {
        ResourceBundle texts = texts("CatalogueMessages", language);
        List<String> keys = new ArrayList<>(List.of("failed", "yes", "no", "none", "template.registered",
                "iso.registered", "strategy.zone"));
        for (InventoryRefused.Reason reason : InventoryRefused.Reason.values()) {
            keys.add("inventory.refused." + reason.name());
        }
        for (CatalogueRefused.Reason reason : CatalogueRefused.Reason.values()) {
            keys.add("catalogue.refused." + reason.name());
        }
        for (CatalogueEntry.Kind kind : CatalogueEntry.Kind.values()) {
            keys.add("kind." + kind.name());
        }
        for (PlacementStrategy s : PlacementStrategy.values()) {
            keys.add("strategy." + s.name());
        }
        keys.addAll(found(List.of("catalogue.jsp"), VIEW_KEY));
        keys.addAll(found(Path.of("src/main/java/org/parkportal/portlets/cloudadmin/CataloguePortlet.java"), NOTICE_KEY));
        assertAll(texts, keys, language);
    }

    /** A refusal naming a billing item says which one, in the reader's language. */
    @ParameterizedTest
    @ValueSource(strings = {"en", "de", "ja"})
    void anUnpricedItemIsNamedInTheRefusal(String language) {
        String text = CloudTexts.of(Locale.forLanguageTag(language)).refusal(new CatalogueRefused(
                CatalogueRefused.Reason.UNPRICED_ITEM, "test", List.of("vm.running.gpu-xl")));
        assertTrue(text.contains("vm.running.gpu-xl"), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "en", "zh-CN", "zh-TW", "fr", "de", "it", "ko", "ja"})
    void everyKeyTheCompanyLimitsNameHasATranslation(String language) throws IOException {
        ResourceBundle texts = texts("TenantLimitsMessages", language);
        List<String> keys = new ArrayList<>(List.of("failed", "inventory.refused.NOT_ALLOWED"));
        for (OrderRefused.Reason reason : List.of(OrderRefused.Reason.INVALID_LIMIT,
                OrderRefused.Reason.INVALID_THRESHOLD, OrderRefused.Reason.WRONG_CURRENCY,
                OrderRefused.Reason.NOT_FOUND)) {
            keys.add("order.refused." + reason.name());
        }
        keys.addAll(found(List.of("tenant-limits.jsp"), VIEW_KEY));
        keys.addAll(found(Path.of("src/main/java/org/parkportal/portlets/cloudadmin/TenantLimitsPortlet.java"),
                NOTICE_KEY));
        assertTrue(keys.contains("limits.changed") && keys.contains("limits.unlimited"), keys::toString);
        assertAll(texts, keys, language);
    }

    /** The refusal in the view is the cloud context's own sentence, not a copy of it. */
    @ParameterizedTest
    @ValueSource(strings = {"en", "de", "ja"})
    void refusalsAreTheCloudContextsSentences(String language) {
        Locale locale = Locale.forLanguageTag(language);
        assertTrue(texts("InventoryMessages", language).getString("inventory.refused.NOT_ALLOWED").equals(
                CloudTexts.of(locale).refusal(new InventoryRefused(InventoryRefused.Reason.NOT_ALLOWED, "test"))));
    }

    private static ResourceBundle texts(String bundle, String language) {
        ResourceBundle.Control exact = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        Locale locale = Locale.forLanguageTag(language);
        return new ViewTexts(ResourceBundle.getBundle(PACKAGE + bundle, locale, exact),
                ResourceBundle.getBundle(CloudTexts.BUNDLE, locale, exact));
    }

    private static void assertAll(ResourceBundle texts, List<String> keys, String language) {
        for (String key : keys) {
            assertTrue(texts.containsKey(key), language + ": " + key);
            assertFalse(texts.getString(key).isBlank(), language + ": " + key);
        }
    }

    private static List<String> found(List<String> views, Pattern pattern) throws IOException {
        List<String> keys = new ArrayList<>();
        for (String view : views) {
            keys.addAll(found(Path.of("src/main/webapp/WEB-INF/jsp", view), pattern));
        }
        keys.addAll(found(Path.of("src/main/webapp/WEB-INF/jsp/notice.jspf"), pattern).stream()
                .filter(k -> !k.startsWith("$")).toList());
        return keys;
    }

    private static List<String> found(Path path, Pattern pattern) throws IOException {
        List<String> keys = new ArrayList<>();
        try (Stream<Path> files = Files.walk(path)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher m = pattern.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }
}
