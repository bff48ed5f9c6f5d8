package org.parkportal.billing.domain;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;

/**
 * An amount of money before rounding, kept exact: a decimal numerator over a whole divisor. The divisor is 1 for
 * everything but prorated subscriptions (a fee times seconds used over the seconds of the month), so no division
 * ever loses a digit before the one rounding step ({@link Money#round}).
 */
public record ExactAmount(BigDecimal numerator, long divisor) {

    public static final ExactAmount ZERO = new ExactAmount(BigDecimal.ZERO, 1);

    public ExactAmount {
        Objects.requireNonNull(numerator, "numerator");
        if (divisor <= 0) {
            throw new IllegalArgumentException("divisor must be positive: " + divisor);
        }
    }

    public static ExactAmount of(BigDecimal value) {
        return new ExactAmount(value, 1);
    }

    public ExactAmount plus(ExactAmount other) {
        if (divisor == other.divisor) {
            return new ExactAmount(numerator.add(other.numerator), divisor);
        }
        long common = lcm(divisor, other.divisor);
        return new ExactAmount(numerator.multiply(BigDecimal.valueOf(common / divisor))
                .add(other.numerator.multiply(BigDecimal.valueOf(common / other.divisor))), common);
    }

    public ExactAmount minus(ExactAmount other) {
        return plus(new ExactAmount(other.numerator.negate(), other.divisor));
    }

    public ExactAmount times(BigDecimal factor) {
        return new ExactAmount(numerator.multiply(factor), divisor);
    }

    public int signum() {
        return numerator.signum();
    }

    /** Compares the values (not the representation): 1/2 equals 0.5/1. */
    public int compareTo(ExactAmount other) {
        return numerator.multiply(BigDecimal.valueOf(other.divisor))
                .compareTo(other.numerator.multiply(BigDecimal.valueOf(divisor)));
    }

    /** The same value, for a test or a log line; rounding is Money's business. */
    public boolean sameValueAs(ExactAmount other) {
        return compareTo(other) == 0;
    }

    private static long lcm(long a, long b) {
        long gcd = BigInteger.valueOf(a).gcd(BigInteger.valueOf(b)).longValueExact();
        return Math.multiplyExact(a / gcd, b);
    }
}
