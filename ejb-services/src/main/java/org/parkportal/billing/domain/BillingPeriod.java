package org.parkportal.billing.domain;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.regex.Pattern;

/** A calendar month in UTC: the unit of invoices, of tiered running totals and of quota alerts. */
public record BillingPeriod(YearMonth month) implements Comparable<BillingPeriod> {

    private static final Pattern TEXT = Pattern.compile("\\d{4}-\\d{2}");

    public BillingPeriod {
        Objects.requireNonNull(month, "month");
    }

    public static BillingPeriod of(Instant instant) {
        return new BillingPeriod(YearMonth.from(instant.atZone(ZoneOffset.UTC)));
    }

    /** Reads {@code yyyy-MM}; anything else is a refusal the caller can translate. */
    public static BillingPeriod parse(String text) {
        if (text == null || !TEXT.matcher(text.strip()).matches()) {
            throw new BillingRefused(BillingRefused.Reason.INVALID_PERIOD, String.valueOf(text));
        }
        try {
            return new BillingPeriod(YearMonth.parse(text.strip()));
        } catch (DateTimeParseException e) {
            throw new BillingRefused(BillingRefused.Reason.INVALID_PERIOD, text);
        }
    }

    public Instant start() {
        return month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** Exclusive: the start of the next month. */
    public Instant end() {
        return next().start();
    }

    public long seconds() {
        return end().getEpochSecond() - start().getEpochSecond();
    }

    public BillingPeriod next() {
        return new BillingPeriod(month.plusMonths(1));
    }

    public BillingPeriod previous() {
        return new BillingPeriod(month.minusMonths(1));
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(start()) && instant.isBefore(end());
    }

    @Override
    public int compareTo(BillingPeriod other) {
        return month.compareTo(other.month);
    }

    @Override
    public String toString() {
        return month.toString();
    }
}
