package org.parkportal.portlets.analytics;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * The span the administrator chose (render or resource parameter {@code days}: 7, 30 or 90 UTC days up to today) and
 * the company ({@code tenant}: absent for all, "-" for guests and users without one). The parameters are in URLs
 * anyone can edit: anything else means the defaults, never an error.
 */
record ReportPeriod(int days, String tenant) {

    static final String DAYS = "days";
    static final String TENANT = "tenant";
    static final List<Integer> CHOICES = List.of(7, 30, 90);
    static final int DEFAULT_DAYS = 30;
    /** How guests and users without a company appear in the tenant parameter (the back office keeps them as ""). */
    static final String NO_TENANT = "-";

    static ReportPeriod parse(Function<String, String> parameter) {
        String days = parameter.apply(DAYS);
        int chosen = CHOICES.stream().filter(d -> String.valueOf(d).equals(days == null ? null : days.strip()))
                .findFirst().orElse(DEFAULT_DAYS);
        String tenant = parameter.apply(TENANT);
        return new ReportPeriod(chosen, tenant == null || tenant.isBlank() || tenant.length() > 100 ? null : tenant.strip());
    }

    LocalDate from(LocalDate today) {
        return today.minusDays(days - 1L);
    }

    /** The tenant as the back office names it: null for all, "" for none. */
    String backOfficeTenant() {
        return tenant == null ? null : NO_TENANT.equals(tenant) ? "" : tenant;
    }

    /** A tenant the back office names, as the parameter carries it. */
    static String parameterOf(String backOfficeTenant) {
        return backOfficeTenant.isEmpty() ? NO_TENANT : backOfficeTenant;
    }
}
