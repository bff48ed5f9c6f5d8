package org.parkportal.billing.infrastructure;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.parkportal.billing.domain.Invoice;
import org.parkportal.billing.domain.InvoiceLine;
import org.parkportal.billing.domain.Money;

/**
 * An invoice as an A4 PDF (Apache PDFBox), labelled in the reader's language.
 *
 * <p>Fonts: the TrueType files named by {@code portal.billing.pdf.fonts} (comma-separated; by default Debian's
 * DejaVu Sans for Latin, Greek and Cyrillic, Droid Sans Fallback for Chinese and Japanese, Nanum Gothic for Korean:
 * packages fonts-dejavu-core, fonts-droid-fallback, fonts-nanum) are embedded as subsets, each character in the
 * first font that has it. (Noto CJK is OpenType with CFF outlines, which PDFBox 3.0 cannot subset.) Where none is installed, or none has a character, the
 * PDF falls back to the standard Helvetica and prints {@code ?} for what WinAnsi cannot encode: the document is
 * always made, but such names are then not legible (the documented limitation).
 */
public class InvoicePdf {

    static final String FONTS = System.getProperty("portal.billing.pdf.fonts",
            "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf,/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf,"
            + "/usr/share/fonts/truetype/nanum/NanumGothic.ttf");
    private static final Logger LOG = Logger.getLogger(InvoicePdf.class.getName());
    private static final float MARGIN = 50;
    private static final float LINE = 16;
    private static final float[] COLUMNS = {MARGIN, 300, 380, 545};

    private final Locale locale;
    private final ResourceBundle texts;

    public InvoicePdf(Locale locale) {
        this.locale = locale == null ? Locale.ENGLISH : locale;
        this.texts = ResourceBundle.getBundle("org.parkportal.billing.infrastructure.InvoiceTexts", this.locale);
    }

    public byte[] render(Invoice invoice) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Writer writer = new Writer(document, fonts(document));
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(text("invoice") + " " + label(invoice));
            info.setCreator("Park Portal");
            writer.newPage();
            writer.show(text("invoice") + " " + label(invoice), MARGIN, 16, false);
            writer.down(LINE * 1.8f);
            writer.show(invoice.billingName(), MARGIN, 12, false);
            writer.down(LINE);
            writer.show(text("tenant") + ": " + invoice.tenant(), MARGIN, 10, false);
            writer.down(LINE);
            writer.show(text("period") + ": " + invoice.period(), MARGIN, 10, false);
            writer.down(LINE);
            writer.show(text("issued") + ": " + (invoice.issuedAt() == null ? text("draft")
                    : DateTimeFormatter.ISO_LOCAL_DATE.format(invoice.issuedAt().atZone(ZoneOffset.UTC))), MARGIN, 10, false);
            writer.down(LINE * 2);
            writer.row(10, text("item"), text("quantity"), text("amount"));
            writer.down(LINE);
            for (InvoiceLine line : invoice.lines()) {
                writer.ensureRoom();
                String name = line.itemName() + (line.usagePeriod().equals(invoice.period()) ? ""
                        : " (" + line.usagePeriod() + ")");
                writer.row(10, name, quantity(line.quantity()) + " " + text("unit." + line.unit()),
                        money(Money.exactly(line.amount(), invoice.currency())));
                writer.down(LINE);
            }
            writer.ensureRoom();
            writer.down(LINE / 2);
            writer.row(10, text("subtotal"), "", money(invoice.subtotal()));
            writer.down(LINE);
            writer.row(10, text("credits"), "", "-" + money(invoice.credits()));
            writer.down(LINE);
            writer.row(10, text("tax") + " (" + invoice.taxRate().stripTrailingZeros().toPlainString() + " %)", "",
                    money(invoice.tax()));
            writer.down(LINE);
            writer.row(12, text("total") + " " + invoice.currency().getCurrencyCode(), "", money(invoice.total()));
            writer.down(LINE * 2);
            writer.show(text("rounding"), MARGIN, 8, false);
            writer.close();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("invoice " + invoice.id() + " could not be written as PDF", e);
        }
    }

    private String label(Invoice invoice) {
        return invoice.number() == null ? invoice.period() + " (" + text("draft") + ")" : invoice.number();
    }

    private String text(String key) {
        return texts.getString(key);
    }

    /** Amounts as the reader writes numbers, always with the currency's digits (not a locale's guess). */
    private String money(Money money) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(money.currency().getDefaultFractionDigits());
        format.setMaximumFractionDigits(money.currency().getDefaultFractionDigits());
        return format.format(money.amount());
    }

    private String quantity(BigDecimal quantity) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(6);
        return format.format(quantity);
    }

    private static List<PDFont> fonts(PDDocument document) {
        List<PDFont> fonts = new ArrayList<>();
        for (String path : FONTS.split(",")) {
            File file = new File(path.strip());
            if (path.isBlank() || !file.isFile()) {
                continue;
            }
            try {
                fonts.add(PDType0Font.load(document, file));
            } catch (IOException | RuntimeException e) {
                LOG.warning("Invoice font " + file + " not usable: " + e);
            }
        }
        fonts.add(new PDType1Font(Standard14Fonts.FontName.HELVETICA));
        return fonts;
    }

    /** Writes text on pages, each character in the first font that can show it. */
    private static final class Writer {

        private final PDDocument document;
        private final List<PDFont> fonts;
        private PDPageContentStream stream;
        private float y;

        Writer(PDDocument document, List<PDFont> fonts) {
            this.document = document;
            this.fonts = fonts;
        }

        void newPage() throws IOException {
            close();
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            y = page.getMediaBox().getHeight() - MARGIN;
        }

        void ensureRoom() throws IOException {
            if (y < MARGIN + LINE * 6) {
                newPage();
            }
        }

        void down(float amount) {
            y -= amount;
        }

        /** Item left (cut short with … before it reaches the quantity), quantity and amount right-aligned. */
        void row(float size, String item, String quantity, String amount) throws IOException {
            show(fit(item, COLUMNS[1] - COLUMNS[0] + 10, size), COLUMNS[0], size, false);
            show(quantity, COLUMNS[2], size, true);
            show(amount, COLUMNS[3], size, true);
        }

        void show(String text, float x, float size, boolean alignRight) throws IOException {
            List<Run> runs = runs(text);
            float at = alignRight ? x - width(text, size) : x;
            for (Run run : runs) {
                stream.beginText();
                stream.setFont(run.font, size);
                stream.newLineAtOffset(at, y);
                stream.showText(run.text);
                stream.endText();
                at += run.font.getStringWidth(run.text) / 1000 * size;
            }
        }

        private String fit(String text, float width, float size) throws IOException {
            if (width(text, size) <= width) {
                return text;
            }
            String cut = text;
            while (cut.length() > 1 && width(cut + "…", size) > width) {
                cut = cut.substring(0, cut.offsetByCodePoints(cut.length(), -1));
            }
            return cut + "…";
        }

        private float width(String text, float size) throws IOException {
            float width = 0;
            for (Run run : runs(text)) {
                width += run.font.getStringWidth(run.text) / 1000 * size;
            }
            return width;
        }

        private List<Run> runs(String text) {
            List<Run> runs = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            PDFont currentFont = null;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                String ch = new String(Character.toChars(cp));
                PDFont font = null;
                for (PDFont f : fonts) {
                    if (canShow(f, ch)) {
                        font = f;
                        break;
                    }
                }
                if (font == null) {
                    font = fonts.get(fonts.size() - 1);
                    ch = "?";
                }
                if (font != currentFont && current.length() > 0) {
                    runs.add(new Run(currentFont, current.toString()));
                    current.setLength(0);
                }
                currentFont = font;
                current.append(ch);
            }
            if (current.length() > 0) {
                runs.add(new Run(currentFont, current.toString()));
            }
            return runs;
        }

        private static boolean canShow(PDFont font, String ch) {
            try {
                font.encode(ch);
                return font.getStringWidth(ch) > 0 || Character.isWhitespace(ch.codePointAt(0));
            } catch (IOException | IllegalArgumentException e) {
                return false;
            }
        }

        void close() throws IOException {
            if (stream != null) {
                stream.close();
                stream = null;
            }
        }
    }

    private record Run(PDFont font, String text) {
    }
}
