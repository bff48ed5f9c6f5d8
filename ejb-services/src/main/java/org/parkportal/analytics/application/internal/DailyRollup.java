package org.parkportal.analytics.application.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.logging.Logger;
import org.parkportal.analytics.infrastructure.JpaUsageStore;
import org.parkportal.scheduling.application.JobScheduler;
import org.parkportal.scheduling.application.PortalJob;

/**
 * Every night (00:30 UTC): the final roll-up of yesterday, then the retention: raw events, hourly and daily figures
 * older than their periods (see {@link Retention}) are deleted.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DailyRollup implements PortalJob {

    public static final String NAME = "analytics.daily";
    private static final Logger LOG = Logger.getLogger(DailyRollup.class.getName());

    @EJB
    private JobScheduler scheduler;

    @EJB
    private JpaUsageStore store;

    @Schedule(hour = "0", minute = "30", timezone = "UTC", info = NAME)
    void nightly() {
        scheduler.runScheduled(NAME);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void run() {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        LocalDate today = now.toLocalDate();
        store.rollUpDay(today.minusDays(1));
        int events = store.purgeEvents(now.minus(Retention.events()));
        int hours = store.purgeHours(now.minus(Retention.hours()));
        int days = store.purgeDays(today.minus(Retention.days()));
        LOG.info(() -> "Usage retention: deleted " + events + " event(s), " + hours + " hourly and " + days
                + " daily figure(s)");
    }
}
