package org.parkportal.portlets.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parkportal.cloud.ordering.application.OrderQuote;
import org.parkportal.cloud.ordering.domain.ResourceLimits;
import org.parkportal.cloud.ordering.domain.ResourceUse;

class PriceQuoteTest {

    @Test
    void eachResourceShowsUseAskedAfterAndLimitAndIsMarkedWhenTheOrderPassesIt() {
        ResourceUse inUse = new ResourceUse(2, 6, 8192, 100);
        ResourceUse asked = ResourceUse.oneVm(4, 4096, 70);
        ResourceLimits limits = new ResourceLimits(3L, 8L, null, 150L);
        PriceQuote quote = PriceQuote.of(new OrderQuote(new BigDecimal("0.05"), new BigDecimal("36.00"), "CHF",
                inUse, asked, limits, limits.passedBy(inUse, asked), true));

        assertTrue(quote.isPassesAny());
        List<PriceQuote.Row> rows = quote.getRows();
        assertEquals(List.of("vms", "vcpus", "ram", "storage"), rows.stream().map(PriceQuote.Row::name).toList());
        assertEquals(new PriceQuote.Row("vms", 2, 1, 3, 3L, false), rows.get(0), "exactly at the limit is no pass");
        assertEquals(new PriceQuote.Row("vcpus", 6, 4, 10, 8L, true), rows.get(1));
        PriceQuote.Row ram = rows.get(2);
        assertNull(ram.limit(), "no RAM limit");
        assertFalse(ram.over());
        assertEquals(new PriceQuote.Row("storage", 100, 70, 170, 150L, true), rows.get(3));
    }

    @Test
    void withoutLimitsNothingIsMarked() {
        PriceQuote quote = PriceQuote.of(new OrderQuote(BigDecimal.ONE, BigDecimal.TEN, "CHF", ResourceUse.NONE,
                ResourceUse.oneVm(1, 1024, 20), ResourceLimits.NONE, List.of(), true));
        assertFalse(quote.isPassesAny());
        assertTrue(quote.getRows().stream().noneMatch(PriceQuote.Row::over));
        assertTrue(quote.getRows().stream().allMatch(row -> row.limit() == null));
    }
}
