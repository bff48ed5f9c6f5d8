package org.parkportal.analytics.application.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.logging.Logger;
import org.parkportal.analytics.domain.AggregationWindow;
import org.parkportal.analytics.infrastructure.JpaUsageStore;
import org.parkportal.scheduling.application.JobScheduler;
import org.parkportal.scheduling.application.PortalJob;

/**
 * Every hour (at :05, when the last hour's counts are written; this node's are written first): tallies the hours since the last run and the current
 * one so far, then rolls their days up again, so today's figures are at most an hour old (or as fresh as a "run now").
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HourlyAggregation implements PortalJob {

    public static final String NAME = "analytics.hourly";
    private static final Logger LOG = Logger.getLogger(HourlyAggregation.class.getName());

    @EJB
    private JobScheduler scheduler;

    @EJB
    private JpaUsageStore store;

    @EJB
    private TallyingUsageRecorder recorder;

    @Schedule(hour = "*", minute = "5", info = NAME)
    void hourly() {
        scheduler.runScheduled(NAME);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void run() {
        recorder.writePending();
        AggregationWindow window = AggregationWindow.of(store.lastHourTallied().orElse(null), Instant.now(),
                Retention.events());
        for (LocalDateTime hour : window.hours()) {
            store.tallyHour(hour);
        }
        store.tallied(window.lastHour());
        for (LocalDate day : window.days()) {
            store.rollUpDay(day);
        }
        LOG.fine(() -> "Tallied " + window.hours().size() + " hour(s), rolled up " + window.days());
    }
}
