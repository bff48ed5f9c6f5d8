package org.parkportal.cloud.metering.infrastructure;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.parkportal.cloud.metering.application.CloudMetering;
import org.parkportal.cloud.metering.application.MeteringObserver;
import org.parkportal.cloud.metering.application.MeteringRun;
import org.parkportal.scheduling.application.JobFailure;
import org.parkportal.scheduling.application.JobScheduler;
import org.parkportal.scheduling.application.PortalJob;

/**
 * Meters the hours closed since each resource's cursor, every hour at minute 2, so billing's rating at minute 5 charges
 * them in the same hour. Safe to run again or after a crash (see CloudMetering). A resource billing refuses fails the
 * run, so administrators see it in the jobs view; it stays at its cursor and the next run tries it again.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HourlyMetering implements PortalJob {

    public static final String NAME = "cloud.metering";

    @EJB
    private JobScheduler scheduler;

    @EJB
    private CloudMetering metering;

    @Schedule(hour = "*", minute = "2", info = NAME)
    void hourly() {
        scheduler.runScheduled(NAME);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void run() throws JobFailure {
        MeteringRun run = metering.meterClosedHours(MeteringObserver.NONE);
        if (run.failed() > 0) {
            throw new JobFailure(run.hours() + " resource-hours metered; " + run.failed()
                    + " resource(s) refused by billing wait at their last metered hour");
        }
    }
}
