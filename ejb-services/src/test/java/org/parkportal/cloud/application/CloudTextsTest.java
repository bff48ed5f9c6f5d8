package org.parkportal.cloud.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parkportal.cloud.catalogue.domain.CatalogueRefused;
import org.parkportal.cloud.inventory.domain.InventoryRefused;
import org.parkportal.cloud.ordering.domain.OrderRefused;
import org.parkportal.cloud.placement.domain.PlacementRefusal;
import org.parkportal.cloud.placement.domain.Resource;

/** Every cloud text exists in each of the eight languages, translated, with the placeholders of the English one. */
class CloudTextsTest {

    private static final ResourceBundle.Control EXACT =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @ParameterizedTest
    @ValueSource(strings = {"en", "de", "fr", "it", "ja", "ko", "zh-CN", "zh-TW"})
    void everyTextIsTranslatedWithTheSamePlaceholders(String language) {
        ResourceBundle base = ResourceBundle.getBundle(CloudTexts.BUNDLE, Locale.ROOT, EXACT);
        ResourceBundle bundle = ResourceBundle.getBundle(CloudTexts.BUNDLE, Locale.forLanguageTag(language), EXACT);
        assertEquals(base.keySet(), bundle.keySet());
        for (String key : base.keySet()) {
            String text = bundle.getString(key);
            assertFalse(text.isBlank(), language + " " + key);
            assertFalse(text.contains("'"), language + " " + key + ": MessageFormat eats straight apostrophes, use ’");
            for (int i = 0; i < 5; i++) {
                assertEquals(base.getString(key).contains("{" + i + "}"), text.contains("{" + i + "}"),
                        language + " " + key + " {" + i + "}");
            }
            if (!language.equals("en") && !key.startsWith("resource.") && !key.endsWith("NOT_FOUND")) {
                assertNotEquals(base.getString(key), text, language + " " + key);
            }
        }
        for (PlacementRefusal.Kind kind : PlacementRefusal.Kind.values()) {
            assertTrue(bundle.containsKey("placement." + kind.name()), language + " " + kind);
        }
        for (InventoryRefused.Reason reason : InventoryRefused.Reason.values()) {
            assertTrue(bundle.containsKey("inventory.refused." + reason.name()), language + " " + reason);
        }
        for (CatalogueRefused.Reason reason : CatalogueRefused.Reason.values()) {
            assertTrue(bundle.containsKey("catalogue.refused." + reason.name()), language + " " + reason);
        }
        for (Resource resource : Resource.values()) {
            assertTrue(bundle.containsKey("resource." + resource.name()), language + " " + resource);
        }
    }

    @Test
    void orderRefusalsNameTheirFiguresInTheReadersLanguage() {
        CloudTexts german = CloudTexts.of(Locale.GERMAN);
        assertEquals("vCPU-Kerne: Ihr Unternehmen nutzt 6, diese Bestellung braucht 4, das Limit ist 8.",
                german.refusal(new OrderRefused(
                        OrderRefused.Reason.QUOTA_EXCEEDED, "VCPUS", 6L, 4L, 8L)));
        assertEquals("Nicht möglich im Zustand \u201egestoppt\u201c.", german.refusal(
                new OrderRefused(
                        OrderRefused.Reason.WRONG_STATE, "STOPPED")));
        assertEquals("Bitte geben Sie eine ganze Zahl von 1 bis 8 ein.", german.refusal(
                new OrderRefused(
                        OrderRefused.Reason.INVALID_INPUT, "vcpus", 1, 8)));
        assertEquals("vCPU-Kerne: Geben Sie eine ganze Zahl ab null ein oder lassen Sie das Feld für \u201ekein "
                + "Limit\u201c leer.", german.refusal(new OrderRefused(OrderRefused.Reason.INVALID_LIMIT, "VCPUS")));
        assertEquals("Die Schwelle für die sofortige Genehmigung wird in der Abrechnungswährung des Parks angegeben: "
                + "CHF.", german.refusal(new OrderRefused(OrderRefused.Reason.WRONG_CURRENCY, "CHF")));
    }

    @Test
    void aFailedOrderSaysWhichResourceRanOutWhere() {
        String failure = CloudTexts.of(Locale.ENGLISH).orderFailure("placement.CLUSTER_THRESHOLD",
                String.join(CloudTexts.ARGUMENT_SEPARATOR, CloudTexts.RESOURCE_ARGUMENT + "RAM", "KVM-A1",
                        "Park-North", "91", "85"));
        assertEquals("RAM: cluster KVM-A1 in zone Park-North would reach 91 % (threshold 85 %).", failure);
        assertNull(CloudTexts.of(Locale.ENGLISH).orderFailure(null, "a comment"));
    }
}
