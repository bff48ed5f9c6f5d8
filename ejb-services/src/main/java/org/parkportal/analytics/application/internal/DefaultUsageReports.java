package org.parkportal.analytics.application.internal;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.parkportal.analytics.application.AnalyticsAccessDenied;
import org.parkportal.analytics.application.UsageRecorder;
import org.parkportal.analytics.application.UsageReport;
import org.parkportal.analytics.application.UsageReports;
import org.parkportal.analytics.infrastructure.JpaUsageStore;

/** The usage reports from the daily figures, for portal administrators only. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class DefaultUsageReports implements UsageReports {

    private final String adminGroup = System.getProperty("portal.admin.group", "portal-admins");

    @EJB
    private JpaUsageStore store;

    @EJB
    private UsageRecorder recorder;

    @Resource
    private SessionContext context;

    @Override
    public UsageReport report(LocalDate from, LocalDate to, String tenant) {
        if (!context.isCallerInRole(adminGroup)) {
            throw new AnalyticsAccessDenied();
        }
        if (from == null || to == null || to.isBefore(from)
                || ChronoUnit.DAYS.between(from, to) >= UsageReport.MAX_DAYS) {
            throw new IllegalArgumentException("a span of 1 to " + UsageReport.MAX_DAYS + " days: " + from + " to " + to);
        }
        return UsageReport.of(from, to, tenant, store.days(from, to, tenant), store.tenants(from, to),
                recorder.status());
    }
}
