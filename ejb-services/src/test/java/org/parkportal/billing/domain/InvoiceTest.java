package org.parkportal.billing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvoiceTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final BillingPeriod APRIL = BillingPeriod.parse("2025-04");

    private static InvoiceLine line(String amount) {
        return new InvoiceLine("room.booking", "Room", UsageType.SERVICE_USE, APRIL, BigDecimal.ONE,
                Money.exactly(new BigDecimal(amount), EUR));
    }

    @Test
    void creditComesOffBeforeTaxAndNeverBelowZero() {
        Invoice invoice = new Invoice("acme", APRIL, EUR, Instant.EPOCH);

        Money used = invoice.prepare("Acme", new BigDecimal("19"), List.of(line("10.00"), line("5.00")),
                Money.exactly(new BigDecimal("100"), EUR));

        assertEquals(new BigDecimal("15.00"), used.amount());
        assertEquals(new BigDecimal("15.00"), invoice.subtotal().amount());
        assertEquals(new BigDecimal("0.00"), invoice.tax().amount());
        assertEquals(new BigDecimal("0.00"), invoice.total().amount());
    }

    @Test
    void totalIsSubtotalLessCreditPlusTax() {
        Invoice invoice = new Invoice("acme", APRIL, EUR, Instant.EPOCH);

        invoice.prepare("Acme", new BigDecimal("19"), List.of(line("107.57")), Money.exactly(new BigDecimal("20"), EUR));

        assertEquals(new BigDecimal("16.64"), invoice.tax().amount());
        assertEquals(new BigDecimal("104.21"), invoice.total().amount());
    }

    @Test
    void anIssuedInvoiceNeverChanges() {
        Invoice invoice = new Invoice("acme", APRIL, EUR, Instant.EPOCH);
        invoice.prepare("Acme", BigDecimal.ZERO, List.of(line("1.00")), Money.zero(EUR));
        invoice.issue("INV-000001", Instant.EPOCH);

        assertEquals(BillingRefused.Reason.INVOICE_ISSUED, assertThrows(BillingRefused.class,
                () -> invoice.prepare("Acme", BigDecimal.ZERO, List.of(), Money.zero(EUR))).reason());
        assertEquals(BillingRefused.Reason.INVOICE_ISSUED, assertThrows(BillingRefused.class,
                () -> invoice.issue("INV-000002", Instant.EPOCH)).reason());
    }

    @Test
    void periodsAreReadStrictly() {
        assertEquals(BillingRefused.Reason.INVALID_PERIOD, assertThrows(BillingRefused.class,
                () -> BillingPeriod.parse("2025-13")).reason());
        assertEquals(BillingRefused.Reason.INVALID_PERIOD, assertThrows(BillingRefused.class,
                () -> BillingPeriod.parse("+2025-01")).reason());
        assertEquals(Instant.parse("2025-03-01T00:00:00Z"), BillingPeriod.parse("2025-02").end());
    }
}
