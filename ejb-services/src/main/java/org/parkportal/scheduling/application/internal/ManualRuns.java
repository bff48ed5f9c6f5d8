package org.parkportal.scheduling.application.internal;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parkportal.scheduling.domain.JobRun;
import org.parkportal.scheduling.infrastructure.JpaJobRuns;

/** Performs "run now" runs on the container's asynchronous threads, so the administrator's request returns at once. */
@Stateless
@LocalBean
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ManualRuns {

    private static final Logger LOG = Logger.getLogger(ManualRuns.class.getName());

    @EJB
    private JobCatalogue catalogue;

    @EJB
    private JpaJobRuns runs;

    /** Performs a run that {@link DefaultJobAdministration#runNow} has begun (it holds its job). */
    @Asynchronous
    public void perform(JobRun begun) {
        JobRunner runner = new JobRunner(runs, Clock.systemUTC(), Node.name());
        try {
            catalogue.find(begun.jobName()).ifPresentOrElse(job -> runner.perform(job, begun), () -> {
                begun.fail(Clock.systemUTC().instant(), "the job is no longer deployed");
                runs.finish(begun);
            });
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Run " + begun.id() + " of " + begun.jobName() + " could not be recorded", e);
        }
    }
}
