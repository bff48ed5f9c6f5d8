package org.parkportal.billing.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parkportal.billing.domain.BillingPeriod;
import org.parkportal.billing.domain.Invoice;
import org.parkportal.billing.domain.InvoiceLine;
import org.parkportal.billing.domain.Money;
import org.parkportal.billing.domain.UsageType;

class InvoicePdfTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final BillingPeriod APRIL = BillingPeriod.parse("2025-04");
    private static final String CJK_NAME = "会议室预订 회의실 会議室";

    private static Invoice invoice(int lines) {
        Invoice invoice = new Invoice("globex", APRIL, EUR, Instant.EPOCH);
        List<InvoiceLine> list = new java.util.ArrayList<>();
        list.add(new InvoiceLine("room.booking", CJK_NAME, UsageType.SERVICE_USE, APRIL, new BigDecimal("3"),
                Money.exactly(new BigDecimal("45.00"), EUR)));
        for (int i = 1; i < lines; i++) {
            list.add(new InvoiceLine("vm.running.small", "VM hours " + i, UsageType.RUNNING_VM, APRIL.previous(),
                    new BigDecimal("1.5"), Money.exactly(new BigDecimal("0.07"), EUR)));
        }
        invoice.prepare("Globex Foods 环球食品", new BigDecimal("19"), list, Money.exactly(new BigDecimal("5"), EUR));
        invoice.issue("INV-000042", Instant.parse("2025-05-01T03:00:00Z"));
        return invoice;
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static boolean cjkFontInstalled() {
        return List.of(InvoicePdf.FONTS.split(",")).stream().allMatch(p -> new File(p.strip()).isFile());
    }

    @Test
    void aPdfWithTheNumberTheLinesAndTheTotal() throws IOException {
        byte[] pdf = new InvoicePdf(Locale.ENGLISH).render(invoice(2));

        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        String text = text(pdf);
        assertTrue(text.contains("Invoice INV-000042"), text);
        assertTrue(text.contains("Total EUR"), text);
        // 45.00 + 0.07 = 45.07; less 5.00 credit = 40.07; tax 19 % = 7.6133 -> 7.61; total 47.68.
        assertTrue(text.contains("47.68"), text);
        assertTrue(text.contains("VM hours 1 (2025-03)"), "late usage is labelled with its month: " + text);
    }

    @Test
    void chineseJapaneseAndKoreanNamesAreShownWithTheInstalledFallbackFont() throws IOException {
        String text = text(new InvoicePdf(Locale.ENGLISH).render(invoice(1)));

        if (cjkFontInstalled()) {
            assertTrue(text.contains(CJK_NAME), text);
            assertTrue(text.contains("环球食品"), text);
        } else {
            assertFalse(text.contains(CJK_NAME), "without a CJK font the names print as ?: " + text);
            assertTrue(text.contains("?"), text);
        }
    }

    @Test
    void aLongItemNameIsCutShortBeforeTheQuantity() throws IOException {
        Invoice invoice = new Invoice("acme", APRIL, EUR, Instant.EPOCH);
        invoice.prepare("Acme", BigDecimal.ZERO, List.of(new InvoiceLine("x", "Very long item name ".repeat(10),
                UsageType.SERVICE_USE, APRIL, BigDecimal.ONE, Money.exactly(new BigDecimal("1.00"), EUR))),
                Money.zero(EUR));

        String text = text(new InvoicePdf(Locale.ENGLISH).render(invoice));

        String line = text.lines().filter(l -> l.startsWith("Very long")).findFirst().orElseThrow();
        assertTrue(line.contains("… 1 units 1.00"), line);
        assertTrue(line.indexOf('…') < 100, "cut well before the 200 characters of the name: " + line);
    }

    @Test
    void manyLinesFlowOntoMorePages() throws IOException {
        byte[] pdf = new InvoicePdf(Locale.GERMAN).render(invoice(120));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertTrue(document.getNumberOfPages() > 1);
        }
        String text = text(pdf);
        assertTrue(text.contains("Rechnung INV-000042"), text);
        assertTrue(text.contains("Gesamt EUR"), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de", "fr", "it", "ja", "ko", "zh-CN", "zh-TW"})
    void everyLanguageHasEveryLabel(String language) {
        ResourceBundle base = ResourceBundle.getBundle("org.parkportal.billing.infrastructure.InvoiceTexts", Locale.ROOT);
        ResourceBundle translated = ResourceBundle.getBundle("org.parkportal.billing.infrastructure.InvoiceTexts",
                Locale.forLanguageTag(language), ResourceBundle.Control.getNoFallbackControl(
                        ResourceBundle.Control.FORMAT_PROPERTIES));
        assertEquals(base.keySet(), translated.keySet());
        if (!language.equals("en")) {
            assertFalse(base.getString("invoice").equals(translated.getString("invoice")) && !language.equals("it"),
                    language + " is a translation");
        }
    }
}
