package org.parkportal.billing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RatePlanVersionTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Instant FROM = Instant.parse("2025-01-01T00:00:00Z");
    private static final Instant APRIL_1 = Instant.parse("2025-04-01T00:00:00Z");
    private static final Instant MAY_1 = Instant.parse("2025-05-01T00:00:00Z");
    private static final BillableItem VM = new BillableItem("vm.running.small", "VM hours", UsageType.RUNNING_VM);
    private static final BillableItem VOLUME = new BillableItem("storage.volume", "Volume", UsageType.VOLUME);
    private static final BillableItem SEAT = new BillableItem("crm.seat", "CRM seat", UsageType.SUBSCRIPTION);
    private static final BillableItem ROOM = new BillableItem("room.booking", "Room", UsageType.SERVICE_USE);

    private static RatePlanVersion priced(BillableItem item, PricingModel model, String price) {
        return new RatePlanVersion(item, FROM, model, new BigDecimal(price), null, null, null, "admin", FROM);
    }

    /** 0–1000 at 0.0004, to 5000 at 0.0003, then 0.0002. */
    private static RatePlanVersion tiered() {
        return new RatePlanVersion(VOLUME, FROM, PricingModel.TIERED, null, List.of(
                new PriceTier(new BigDecimal("1000"), new BigDecimal("0.0004")),
                new PriceTier(new BigDecimal("5000"), new BigDecimal("0.0003")),
                new PriceTier(null, new BigDecimal("0.0002"))), null, null, "admin", FROM);
    }

    private static BigDecimal exact(ExactAmount amount) {
        return amount.numerator().divide(BigDecimal.valueOf(amount.divisor())).stripTrailingZeros();
    }

    @Test
    void perUseIsQuantityTimesPrice() {
        assertEquals(new BigDecimal("45"), exact(priced(ROOM, PricingModel.PER_USE, "15.00")
                .charge(new BigDecimal("3"), APRIL_1, MAY_1, BigDecimal.ZERO)));
    }

    @Test
    void perHourIsHoursTimesTheHourlyPriceToTheFraction() {
        assertEquals(new BigDecimal("0.1575"), exact(priced(VM, PricingModel.PER_HOUR, "0.045")
                .charge(new BigDecimal("3.5"), APRIL_1, MAY_1, BigDecimal.ZERO)));
    }

    @Test
    void perHourNeedsUsageCountedInHours() {
        BillingRefused refused = assertThrows(BillingRefused.class, () -> priced(VOLUME, PricingModel.PER_HOUR, "1"));
        assertEquals(BillingRefused.Reason.PRICING_UNIT_MISMATCH, refused.reason());
    }

    @Test
    void aFullMonthOfSubscriptionIsTheFee() {
        ExactAmount fee = priced(SEAT, PricingModel.MONTHLY, "12.00").charge(new BigDecimal("2"), APRIL_1, MAY_1, BigDecimal.ZERO);
        assertEquals(new BigDecimal("24.00"), Money.round(fee, EUR).amount());
    }

    @Test
    void aPartMonthIsProratedToTheSecondWithoutRoundingOnTheWay() {
        RatePlanVersion seat = priced(SEAT, PricingModel.MONTHLY, "12.00");
        // 21 of April's 30 days.
        assertEquals(new BigDecimal("8.4"), exact(seat.charge(BigDecimal.ONE, Instant.parse("2025-04-10T00:00:00Z"), MAY_1, BigDecimal.ZERO)));
        // 14 of February 2025's 28 days: the month's own length counts.
        assertEquals(new BigDecimal("6"), exact(seat.charge(BigDecimal.ONE, Instant.parse("2025-02-15T00:00:00Z"),
                Instant.parse("2025-03-01T00:00:00Z"), BigDecimal.ZERO)));
        ExactAmount third = seat.charge(BigDecimal.ONE, APRIL_1, Instant.parse("2025-04-11T00:00:00Z"), BigDecimal.ZERO);
        assertEquals(new BigDecimal("12.00"), Money.round(third.plus(third).plus(third), EUR).amount(),
                "three thirds of a month are the whole fee, exactly");
    }

    @ParameterizedTest(name = "{0} GB-h after {1} cost {2}")
    @CsvSource({
            "1000, 0, 0.4",        // exactly the first tier
            "1, 999, 0.0004",      // the last unit of tier 1
            "1, 1000, 0.0003",     // the first unit of tier 2
            "2, 999, 0.0007",      // straddles the boundary: 0.0004 + 0.0003
            "4000, 1000, 1.2",     // all of tier 2
            "1, 5000, 0.0002",     // first unit of the open tier
            "5500, 0, 1.7",        // 0.40 + 1.20 + 0.10
            "0.5, 999.75, 0.000175" // 0.25 x 0.0004 + 0.25 x 0.0003 = 0.0001 + 0.000075
    })
    void tiersPriceEachUnitAtItsTier(String quantity, String before, String expected) {
        assertEquals(new BigDecimal(expected).stripTrailingZeros(),
                exact(tiered().charge(new BigDecimal(quantity), APRIL_1, MAY_1, new BigDecimal(before))));
    }

    @Test
    void tieredChargesAddUpToTheCostOfTheTotalInAnyOrder() {
        RatePlanVersion v = tiered();
        BigDecimal a = new BigDecimal("900");
        BigDecimal b = new BigDecimal("4600");
        BigDecimal forward = exact(v.charge(a, APRIL_1, MAY_1, BigDecimal.ZERO).plus(v.charge(b, APRIL_1, MAY_1, a)));
        BigDecimal backward = exact(v.charge(b, APRIL_1, MAY_1, BigDecimal.ZERO).plus(v.charge(a, APRIL_1, MAY_1, b)));
        assertEquals(new BigDecimal("1.7"), forward);
        assertEquals(forward, backward);
    }

    @Test
    void tiersMustRiseAndEndOpen() {
        assertEquals(BillingRefused.Reason.INVALID_TIERS, assertThrows(BillingRefused.class, () -> new RatePlanVersion(
                VOLUME, FROM, PricingModel.TIERED, null, List.of(new PriceTier(new BigDecimal("10"), BigDecimal.ONE),
                new PriceTier(new BigDecimal("5"), BigDecimal.ONE), new PriceTier(null, BigDecimal.ONE)),
                null, null, "admin", FROM)).reason());
        assertEquals(BillingRefused.Reason.INVALID_TIERS, assertThrows(BillingRefused.class, () -> new RatePlanVersion(
                VOLUME, FROM, PricingModel.TIERED, null, List.of(new PriceTier(new BigDecimal("10"), BigDecimal.ONE)),
                null, null, "admin", FROM)).reason());
    }

    @Test
    void pricesAreNotNegativeNorFinerThanSixDecimals() {
        assertEquals(BillingRefused.Reason.INVALID_PRICE,
                assertThrows(BillingRefused.class, () -> priced(ROOM, PricingModel.PER_USE, "-1")).reason());
        assertEquals(BillingRefused.Reason.INVALID_PRICE,
                assertThrows(BillingRefused.class, () -> priced(ROOM, PricingModel.PER_USE, "0.0000001")).reason());
    }

    @Test
    void aProviderNeedsAShareBetweenZeroAndAHundred() {
        assertEquals(BillingRefused.Reason.INVALID_SHARE, assertThrows(BillingRefused.class, () -> new RatePlanVersion(
                ROOM, FROM, PricingModel.PER_USE, BigDecimal.ONE, null, "Northwind", null, "admin", FROM)).reason());
        assertEquals(BillingRefused.Reason.INVALID_SHARE, assertThrows(BillingRefused.class, () -> new RatePlanVersion(
                ROOM, FROM, PricingModel.PER_USE, BigDecimal.ONE, null, "Northwind", new BigDecimal("100.5"), "admin",
                FROM)).reason());
    }
}
