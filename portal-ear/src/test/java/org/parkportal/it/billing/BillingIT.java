package org.parkportal.it.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parkportal.it.support.DemoUser;
import org.parkportal.it.support.PageSets;
import org.parkportal.it.support.PortalClient;
import org.parkportal.it.support.PortalDeployment;
import org.parkportal.it.support.PortalPage;
import org.parkportal.it.support.Texts;

/**
 * Billing against the real server, directory and database, with the demo's billing data (loaded with the demo pages):
 * a tenant user's bills and their PDF, another tenant's invoice out of reach, administration refused to users, the
 * credit alert at 80 %, and Chart.js served by the portal.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BillingIT {

    private static final String MY_BILLS = "billing-my-bills";
    private static final String ACCOUNTS = "admin-billing-accounts";
    private static final String LAST_MONTH = YearMonth.now(ZoneOffset.UTC).minusMonths(1).toString();

    @Deployment(testable = false)
    static EnterpriseArchive portal() {
        return PortalDeployment.ear();
    }

    @Test
    void aliceOpensAcmesInvoiceOfLastMonthAndDownloadsItsPdf() throws IOException {
        PortalClient alice = signIn(DemoUser.ALICE);

        PortalPage invoice = openLastMonthsInvoice(alice);

        Element section = invoice.window(MY_BILLS).selectFirst("section.park-bills__invoice");
        assertTrue(section.text().contains("Acme Robotics"), section::text);
        BigDecimal total = new BigDecimal(section.attr("data-total")).setScale(2);
        assertTrue(total.signum() > 0, "the demo's usage costs something: " + total);
        BigDecimal subtotal = amount(section, "data-subtotal");
        BigDecimal tax = amount(section, "data-tax");
        BigDecimal credits = amount(section, "data-credits");
        assertEquals(total, subtotal.subtract(credits).add(tax), "total = subtotal - credits + tax");
        assertEquals(subtotal.subtract(credits).multiply(new BigDecimal("0.19")).setScale(2, RoundingMode.HALF_EVEN), tax,
                "acme pays 19 % tax, rounded half-even to the cent");
        BigDecimal lines = section.select("table.park-bills__lines tbody td[data-amount]").stream()
                .map(td -> new BigDecimal(td.attr("data-amount"))).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
        assertFalse(section.select("table.park-bills__lines tbody td[data-amount]").isEmpty(), section::html);
        assertEquals(subtotal, lines, "the subtotal adds up the rounded lines");

        Element pdfLink = section.selectFirst("a.park-bills__pdf");
        assertNotNull(pdfLink, section::html);
        HttpResponse<byte[]> pdf = alice.getBytes(pdfLink.attr("href"));

        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII));
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            text = new PDFTextStripper().getText(document);
        }
        String number = section.selectFirst("h3").text().split(" ")[1];
        assertTrue(text.contains(number), "the invoice number " + number + " in: " + text);
        assertTrue(text.contains("Acme Robotics"), text);
        assertTrue(text.contains(english(total)), "the total " + english(total) + " in: " + text);
    }

    @Test
    void frankOfGlobexGetsNothingOfAcmesInvoiceByItsId() {
        PortalClient alice = signIn(DemoUser.ALICE);
        PortalPage acmeInvoice = openLastMonthsInvoice(alice);
        String invoiceUrl = acmeInvoice.uri().toString();
        String pdfUrl = acmeInvoice.window(MY_BILLS).selectFirst("a.park-bills__pdf").attr("href");
        PortalClient frank = signIn(DemoUser.FRANK);

        PortalPage page = frank.get(invoiceUrl);

        assertEquals(200, page.status(), page::excerpt);
        Element window = page.window(MY_BILLS);
        assertNull(window.selectFirst("section.park-bills__invoice"), window::html);
        assertEquals(Texts.billing(Locale.ITALIAN, "invoice.notFound"), window.selectFirst(".park-bills__notfound").text(),
                "frank reads Italian");
        assertFalse(window.text().contains("Acme"), "nothing of acme's invoice leaks: " + window.text());
        HttpResponse<byte[]> pdf = frank.getBytes(pdfUrl);
        assertEquals(404, pdf.statusCode());
        assertFalse(new String(pdf.body(), StandardCharsets.UTF_8).startsWith("%PDF"));
        // frank's own list is globex's.
        assertTrue(window.select("table.park-bills__invoices tr[data-invoice]").stream()
                .noneMatch(r -> acmeInvoice.window(MY_BILLS).selectFirst("section.park-bills__invoice")
                        .attr("data-invoice").equals(r.attr("data-invoice"))));
    }

    @Test
    void ratePlanAdministrationIsRefusedToUsersEvenOnAPageTheyMayOpen() {
        PortalClient alice = signIn(DemoUser.ALICE);
        assertEquals(403, alice.get("admin").status());
        assertFalse(alice.catalogue().contains("billing/rate-plans"));
        PageSets.importOrFail("""
                {"pages":[{"name":"it-billing","title":"Billing","hidden":true,"grants":{"view":["user:alice"]},
                  "windows":[{"id":"it-rate-plans","portlet":"billing/rate-plans"}]}],
                 "portlets":[{"portlet":"billing/rate-plans","grants":{"view":["group:portal-admins","user:alice"]}}]}
                """);
        try {
            PortalPage page = alice.get("it-billing");
            assertEquals(200, page.status(), page::excerpt);
            assertEquals(Texts.billingRefusal(Locale.ENGLISH, "NOT_ALLOWED"), page.windowText("it-rate-plans"));
            assertTrue(page.window("it-rate-plans").select("form").isEmpty(), "no forms for a user");
        } finally {
            PageSets.importOrFail("""
                    {"pages":[{"name":"it-billing","title":"Billing","hidden":true,"grants":{},"windows":[]}],
                     "portlets":[{"portlet":"billing/rate-plans","grants":{"view":["group:portal-admins"]}}]}
                    """);
        }
        PortalClient admin = signIn(DemoUser.ADMIN);
        Element plans = admin.get("admin").window("admin-rate-plans");
        assertNotNull(plans.selectFirst("tr[data-item=vm.running.small][data-in-force]"), plans::text);
    }

    @Test
    void aCreditLimitReachedToEightyPercentWarnsTheTenantsUsers() {
        PortalClient admin = signIn(DemoUser.ADMIN);
        PortalPage accounts = admin.get("admin");
        Element acme = accounts.window(ACCOUNTS).selectFirst("tr[data-tenant=acme]");
        assertNotNull(acme, () -> accounts.window(ACCOUNTS).text());
        BigDecimal exposure = new BigDecimal(acme.attr("data-exposure"));
        assertTrue(exposure.signum() > 0, "acme has used something this month: " + exposure);
        // 85 % used: exposure / 0.85, rounded up to the cent.
        BigDecimal limit = exposure.divide(new BigDecimal("0.85"), 2, RoundingMode.UP);
        try {
            PortalPage saved = submit(admin, accounts, ACCOUNTS, "tr[data-tenant=acme] form.park-bills__account-form",
                    Map.of("creditLimit", limit.toPlainString(), "taxRate", "19"));
            assertEquals("account.changed", saved.window(ACCOUNTS).selectFirst(".park-bills__notice").attr("data-notice"),
                    () -> saved.window(ACCOUNTS).text());
            assertEquals("80", saved.window(ACCOUNTS).selectFirst("tr[data-tenant=acme]").attr("data-alert-level"));

            Element credit = signIn(DemoUser.ALICE).get("billing").window(MY_BILLS).selectFirst(".park-bills__credit");

            assertNotNull(credit);
            assertEquals("80", credit.attr("data-alert-level"));
            assertEquals("alert", credit.attr("role"));
            assertTrue(credit.hasClass("park-bills__credit--80"), credit::outerHtml);
            assertTrue(credit.text().startsWith("Warning:"), credit::text);

            PortalPage refused = submit(admin, admin.get("admin"), ACCOUNTS,
                    "tr[data-tenant=acme] form.park-bills__account-form", Map.of("creditLimit", "1e9", "taxRate", "19"));
            assertEquals(Texts.billingRefusal(Locale.ENGLISH, "INVALID_CREDIT_LIMIT"),
                    refused.window(ACCOUNTS).selectFirst(".park-bills__notice").text());
        } finally {
            submit(admin, admin.get("admin"), ACCOUNTS, "tr[data-tenant=acme] form.park-bills__account-form",
                    Map.of("creditLimit", "500", "taxRate", "19"));
        }
    }

    @Test
    void chartJsIsServedOnceByThePortalAndMyBillsAsksForIt() {
        PortalClient alice = signIn(DemoUser.ALICE);
        PortalPage script = alice.get("/portal/webjars/chart.js/4.4.1/dist/chart.umd.js");

        assertEquals(200, script.status());
        assertTrue(script.header("Content-Type").orElse("").contains("javascript"), script.header("Content-Type")::toString);
        assertTrue(script.body().contains("Chart"), "the Chart.js bundle");
        assertEquals(404, alice.get("/portal/webjars/chart.js/4.4.1/../../../WEB-INF/web.xml").status());
        PortalPage bills = alice.get("billing");
        assertEquals(1, bills.document().select("script[src=/portal/webjars/chart.js/4.4.1/dist/chart.umd.js]").size(),
                bills::excerpt);
        assertNotNull(bills.window(MY_BILLS).selectFirst("canvas"), "this month's chart");
    }

    @Test
    void theRestApiListsTheCallersInvoicesAndUsageAndNobodyElses() throws IOException {
        PortalClient alice = signIn(DemoUser.ALICE);
        PortalPage list = alice.get("api/v1/billing/invoices");
        assertEquals(200, list.status(), list::body);
        JsonObject april = array(list).stream()
                .map(v -> v.asJsonObject()).filter(i -> i.getString("period").equals(LAST_MONTH)).findFirst()
                .orElseThrow(() -> new AssertionError(list.body()));
        assertEquals("acme", april.getString("tenant"));
        assertEquals("ISSUED", april.getString("status"));
        long id = april.getJsonNumber("id").longValue();

        PortalPage detail = alice.get("api/v1/billing/invoices/" + id);
        assertEquals(200, detail.status(), detail::body);
        JsonObject invoice = PageSets.json(detail);
        assertEquals(april.getString("total"), invoice.getString("total"));
        BigDecimal lines = invoice.getJsonArray("lines").stream()
                .map(l -> new BigDecimal(l.asJsonObject().getJsonObject("amount").getString("amount")))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(new BigDecimal(invoice.getString("subtotal")), lines);
        HttpResponse<byte[]> pdf = alice.getBytes("api/v1/billing/invoices/" + id + "/pdf");
        assertEquals(200, pdf.statusCode());
        assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII));

        YearMonth last = YearMonth.parse(LAST_MONTH);
        PortalPage usage = alice.get("api/v1/billing/usage?from=" + last.atDay(1) + "&to=" + last.atEndOfMonth()
                + "&type=RUNNING_VM");
        assertEquals(200, usage.status(), usage::body);
        JsonArray records = array(usage);
        assertFalse(records.isEmpty(), "acme's VMs ran last month");
        assertTrue(records.stream().allMatch(r -> r.asJsonObject().getString("usageType").equals("RUNNING_VM")
                && r.asJsonObject().getJsonObject("charge").getString("currency").equals("EUR")), usage::body);
        assertTrue(records.stream().noneMatch(r -> r.asJsonObject().getString("resourceId").startsWith("globex")));
        PortalPage badType = alice.get("api/v1/billing/usage?type=TELEPORT");
        assertEquals(400, badType.status());
        assertEquals("wrongUsageType", PageSets.json(badType).getString("error"));

        PortalClient frank = signIn(DemoUser.FRANK);
        PortalPage foreign = frank.get("api/v1/billing/invoices/" + id);
        assertEquals(404, foreign.status(), foreign::body);
        assertEquals("notFound", PageSets.json(foreign).getString("error"));
        assertEquals(Texts.billingRefusal(Locale.ITALIAN, "NOT_FOUND"), PageSets.json(foreign).getString("message"));
        assertFalse(foreign.body().contains("Acme"));
        assertEquals(404, frank.getBytes("api/v1/billing/invoices/" + id + "/pdf").statusCode());
        assertEquals(403, frank.get("api/v1/billing/invoices?tenant=acme").status());
        assertEquals(401, PortalClient.newSession().get("api/v1/billing/invoices").status());

        PortalPage asAdmin = signIn(DemoUser.ADMIN).get("api/v1/billing/invoices?tenant=globex");
        assertEquals(200, asAdmin.status(), asAdmin::body);
        assertTrue(asAdmin.body().contains("\"tenant\":\"globex\""), asAdmin::body);
    }

    private static JsonArray array(PortalPage answer) {
        try (var reader = Json.createReader(new StringReader(answer.body()))) {
            return reader.readArray();
        }
    }

    private static PortalClient signIn(DemoUser user) {
        PortalClient client = PortalClient.newSession();
        client.signIn(user.uid(), user.password());
        return client;
    }

    private static PortalPage openLastMonthsInvoice(PortalClient client) {
        PortalPage bills = client.get("billing");
        assertEquals(200, bills.status(), bills::excerpt);
        Element row = bills.window(MY_BILLS).selectFirst("table.park-bills__invoices tr[data-period=" + LAST_MONTH + "]");
        assertNotNull(row, () -> "no invoice of " + LAST_MONTH + ": " + bills.window(MY_BILLS).text());
        PortalPage invoice = client.get(row.selectFirst("a.park-bills__open").attr("href"));
        assertEquals(200, invoice.status(), invoice::excerpt);
        assertNotNull(invoice.window(MY_BILLS).selectFirst("section.park-bills__invoice"),
                () -> invoice.window(MY_BILLS).text());
        return invoice;
    }

    /** The exact amount a cell carries (its text is formatted for the reader). */
    private static BigDecimal amount(Element section, String attribute) {
        return new BigDecimal(section.selectFirst("[" + attribute + "]").attr(attribute)).setScale(2);
    }

    /** How the English PDF writes an amount (grouping, two decimals). */
    private static String english(BigDecimal amount) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.ENGLISH);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount);
    }

    private static PortalPage submit(PortalClient client, PortalPage page, String window, String form,
                                     Map<String, String> values) {
        Element element = page.window(window).selectFirst(form);
        assertNotNull(element, () -> "no " + form + " in " + window + ": " + page.excerpt());
        Map<String, String> fields = new HashMap<>();
        element.select("input[type=hidden], input[type=text]").forEach(i -> fields.put(i.attr("name"), i.attr("value")));
        fields.putAll(values);
        PortalPage answer = client.post(element.attr("action"), fields);
        assertEquals(302, answer.status(), answer::excerpt);
        PortalPage after = client.follow(answer);
        assertNotEquals(500, after.status());
        return after;
    }

    private static void assertNull(Object value, java.util.function.Supplier<String> message) {
        org.junit.jupiter.api.Assertions.assertNull(value, message);
    }
}
