package org.parkportal.billing.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount in the billing currency, at the currency's minor unit (2 digits for EUR, 0 for JPY).
 *
 * <p>The one rounding rule of billing lives here: exact arithmetic everywhere, then {@link RoundingMode#HALF_EVEN}
 * to the currency's minor unit, applied once per invoice line, once to the tax of an invoice and once per settlement
 * line. Nothing else rounds.
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    public static final RoundingMode ROUNDING = RoundingMode.HALF_EVEN;

    public Money {
        Objects.requireNonNull(currency, "currency");
        if (amount.scale() != currency.getDefaultFractionDigits()) {
            throw new IllegalArgumentException(amount + " is not at the minor unit of " + currency);
        }
    }

    /** The rounding step. */
    public static Money round(ExactAmount exact, Currency currency) {
        return new Money(exact.numerator().divide(BigDecimal.valueOf(exact.divisor()),
                currency.getDefaultFractionDigits(), ROUNDING), currency);
    }

    public static Money round(BigDecimal exact, Currency currency) {
        return new Money(exact.setScale(currency.getDefaultFractionDigits(), ROUNDING), currency);
    }

    /** An amount someone typed or a column holds; refuses more digits than the minor unit instead of rounding them. */
    public static Money exactly(BigDecimal amount, Currency currency) {
        return new Money(amount.setScale(currency.getDefaultFractionDigits(), RoundingMode.UNNECESSARY), currency);
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO.setScale(currency.getDefaultFractionDigits()), currency);
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    /** {@code percent} % of this amount, rounded by the rule (used for tax and revenue shares). */
    public Money percent(BigDecimal percent) {
        return round(amount.multiply(percent).movePointLeft(2), currency);
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException(currency + " and " + other.currency + " do not mix");
        }
    }

    @Override
    public String toString() {
        return currency.getCurrencyCode() + " " + amount.toPlainString();
    }
}
