package org.parkportal.scheduling.application.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parkportal.scheduling.application.JobScheduler;
import org.parkportal.scheduling.application.PortalJob;
import org.parkportal.scheduling.application.RunRecord;
import org.parkportal.scheduling.domain.JobRun;
import org.parkportal.scheduling.domain.JobTrigger;
import org.parkportal.scheduling.infrastructure.JpaJobRuns;

/**
 * Runs a job for its timer. Without a transaction: the bookkeeping commits on its own before and after the work, so
 * a failed run is recorded as failed and the timer itself never rolls back (which would make WildFly retry it).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DefaultJobScheduler implements JobScheduler {

    private static final Logger LOG = Logger.getLogger(DefaultJobScheduler.class.getName());

    @EJB
    private JobCatalogue catalogue;

    @EJB
    private JpaJobRuns runs;

    @Override
    public RunRecord runScheduled(String name) {
        PortalJob job = catalogue.find(name).orElse(null);
        if (job == null) {
            LOG.severe(() -> "A timer asked for the unknown job " + name + "; known: " + catalogue.all().keySet());
            return null;
        }
        try {
            JobRun run = new JobRunner(runs, Clock.systemUTC(), Node.name()).run(job, name, JobTrigger.SCHEDULED, null);
            return RunRecord.of(run);
        } catch (RuntimeException e) {
            // The run could not be recorded (database unreachable): logged here, the timer fires again as planned.
            LOG.log(Level.SEVERE, "The scheduled run of " + name + " could not be recorded", e);
            return null;
        }
    }
}
