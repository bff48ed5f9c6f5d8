package org.parkportal.billing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency JPY = Currency.getInstance("JPY");

    @ParameterizedTest
    @CsvSource({"3.645,3.64", "3.655,3.66", "3.6451,3.65", "0.005,0.00", "0.015,0.02", "-1.005,-1.00", "16.9575,16.96"})
    void roundsHalfEvenToTheCent(String exact, String rounded) {
        assertEquals(new BigDecimal(rounded), Money.round(new BigDecimal(exact), EUR).amount());
    }

    @Test
    void roundsToTheCurrencysMinorUnit() {
        assertEquals(new BigDecimal("12"), Money.round(new BigDecimal("12.5"), JPY).amount());
        assertEquals(new BigDecimal("14"), Money.round(new BigDecimal("13.5"), JPY).amount());
    }

    @Test
    void aFractionIsDividedOnlyWhenRounded() {
        // 12.00 x 921600 / 2592000 = 4.2666...
        ExactAmount prorated = new ExactAmount(new BigDecimal("12.00").multiply(BigDecimal.valueOf(921_600)), 2_592_000);
        assertEquals(new BigDecimal("4.27"), Money.round(prorated, EUR).amount());
        // Three thirds make exactly one: no digit lost on the way.
        ExactAmount third = new ExactAmount(BigDecimal.ONE, 3);
        assertEquals(new BigDecimal("1.00"), Money.round(third.plus(third).plus(third), EUR).amount());
    }

    @Test
    void taxIsAPercentRoundedOnce() {
        assertEquals(new BigDecimal("16.64"), Money.exactly(new BigDecimal("87.57"), EUR).percent(new BigDecimal("19")).amount());
        assertEquals(new BigDecimal("0.82"), Money.exactly(new BigDecimal("10.16"), EUR).percent(new BigDecimal("8.1")).amount());
    }

    @Test
    void exactlyRefusesDigitsBelowTheMinorUnit() {
        assertThrows(ArithmeticException.class, () -> Money.exactly(new BigDecimal("1.005"), EUR));
        assertEquals(new BigDecimal("1.50"), Money.exactly(new BigDecimal("1.5000"), EUR).amount());
    }

    @Test
    void currenciesDoNotMix() {
        assertThrows(IllegalArgumentException.class, () -> Money.zero(EUR).plus(Money.zero(JPY)));
    }

    @Test
    void exactAmountsCompareByValue() {
        assertTrue(new ExactAmount(new BigDecimal("0.5"), 1).sameValueAs(new ExactAmount(BigDecimal.ONE, 2)));
        assertEquals(-1, new ExactAmount(BigDecimal.ONE, 3).compareTo(new ExactAmount(new BigDecimal("0.34"), 1)));
        assertEquals(new ExactAmount(new BigDecimal("5"), 6),
                new ExactAmount(BigDecimal.ONE, 2).plus(new ExactAmount(BigDecimal.ONE, 3)));
    }
}
