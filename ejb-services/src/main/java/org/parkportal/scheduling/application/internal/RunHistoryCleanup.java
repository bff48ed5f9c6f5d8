package org.parkportal.scheduling.application.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import org.parkportal.scheduling.application.JobScheduler;
import org.parkportal.scheduling.application.PortalJob;
import org.parkportal.scheduling.infrastructure.JpaJobRuns;

/**
 * The scheduler's own housekeeping: deletes runs older than {@code portal.scheduling.history.days} (default 90),
 * keeping the newest run of every job however old it is.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RunHistoryCleanup implements PortalJob {

    public static final String NAME = "scheduling.history-cleanup";
    private static final Logger LOG = Logger.getLogger(RunHistoryCleanup.class.getName());

    @EJB
    private JobScheduler scheduler;

    @EJB
    private JpaJobRuns runs;

    @Schedule(hour = "4", minute = "40", info = NAME)
    void nightly() {
        scheduler.runScheduled(NAME);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void run() {
        int days = Integer.getInteger("portal.scheduling.history.days", 90);
        int deleted = runs.purgeFinishedBefore(Instant.now().minus(Duration.ofDays(Math.max(1, days))));
        LOG.info(() -> "Deleted " + deleted + " job run(s) older than " + days + " days");
    }
}
