package org.parkportal.analytics.application;

import jakarta.ejb.Local;
import java.time.LocalDate;

/** The aggregated usage for administrators. */
@Local
public interface UsageReports {

    /**
     * The UTC days {@code from} to {@code to} (both included, at most {@link UsageReport#MAX_DAYS}), for one tenant or
     * (null) all.
     *
     * @throws AnalyticsAccessDenied when the caller is no portal administrator
     */
    UsageReport report(LocalDate from, LocalDate to, String tenant);
}
