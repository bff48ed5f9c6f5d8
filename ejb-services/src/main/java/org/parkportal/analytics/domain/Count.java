package org.parkportal.analytics.domain;

import java.util.Objects;

/**
 * One aggregate figure of a period: the metric, its subject ("" when the metric has none) and the tenant ("" for
 * guests and users without a company).
 */
public record Count(Metric metric, String subject, String tenant, long amount) {

    public Count {
        Objects.requireNonNull(metric);
        subject = subject == null ? "" : subject;
        tenant = tenant == null ? "" : tenant;
    }

    /** The figure's identity within its period. */
    public Key key() {
        return new Key(metric, subject, tenant);
    }

    public record Key(Metric metric, String subject, String tenant) {
    }
}
