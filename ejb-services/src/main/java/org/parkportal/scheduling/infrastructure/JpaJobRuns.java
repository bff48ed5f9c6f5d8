package org.parkportal.scheduling.infrastructure;

import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.parkportal.scheduling.domain.JobRun;
import org.parkportal.scheduling.domain.JobRuns;
import org.parkportal.scheduling.domain.JobTrigger;
import org.parkportal.scheduling.domain.RunOutcome;
import org.parkportal.scheduling.domain.ScheduledJob;

/**
 * Runs and jobs in the portal database. Beginning and finishing a run lock the job's row (SELECT ... FOR UPDATE),
 * so nodes sharing the database agree on which run holds a job; each is a transaction of its own, committed before
 * the job's work starts or after it ended, whatever the work's own transactions do.
 */
@Stateless
@LocalBean
public class JpaJobRuns implements JobRuns {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public JobRun begin(String job, JobTrigger trigger, String requestedBy, String node, Instant now) {
        JobRun run = locked(job).begin(trigger, requestedBy, node, now);
        em.persist(run);
        return run;
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void finish(JobRun run) {
        ScheduledJob job = locked(run.jobName());
        em.merge(run);
        job.release(run);
    }

    /** Makes sure the job has its row, so that nodes starting its first run together lock the same row. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void register(String job) {
        if (em.find(ScheduledJob.class, job) == null) {
            em.persist(new ScheduledJob(job));
        }
    }

    /**
     * Ends the runs this node still holds as INTERRUPTED and frees their jobs: called when the node starts, so a run
     * cut off by a crash or a stop never blocks its job for good.
     *
     * @return how many runs were interrupted
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int interruptRunsOf(String node, Instant now) {
        List<JobRun> cutOff = em.createQuery(
                "select r from JobRun r where r.outcome = :running and r.node = :node", JobRun.class)
                .setParameter("running", RunOutcome.RUNNING).setParameter("node", node).getResultList();
        for (JobRun run : cutOff) {
            ScheduledJob job = locked(run.jobName());
            run.interrupt(now);
            job.release(run);
        }
        return cutOff.size();
    }

    /** Deletes runs that finished before {@code cutoff}, except the newest run of each job. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int purgeFinishedBefore(Instant cutoff) {
        return em.createQuery("delete from JobRun r where r.finishedAt < :cutoff and r.id not in "
                        + "(select max(n.id) from JobRun n group by n.jobName)")
                .setParameter("cutoff", cutoff).executeUpdate();
    }

    public List<JobRun> recent(String job, int limit) {
        TypedQuery<JobRun> query = job == null
                ? em.createQuery("select r from JobRun r order by r.id desc", JobRun.class)
                : em.createQuery("select r from JobRun r where r.jobName = :job order by r.id desc", JobRun.class)
                        .setParameter("job", job);
        return query.setMaxResults(limit).getResultList();
    }

    public Optional<JobRun> last(String job) {
        return recent(job, 1).stream().findFirst();
    }

    public Optional<JobRun> lastFailure(String job) {
        return em.createQuery("select r from JobRun r where r.jobName = :job and r.outcome = :failed order by r.id desc",
                        JobRun.class)
                .setParameter("job", job).setParameter("failed", RunOutcome.FAILED)
                .setMaxResults(1).getResultList().stream().findFirst();
    }

    public boolean isRunning(String job) {
        ScheduledJob scheduled = em.find(ScheduledJob.class, job);
        return scheduled != null && scheduled.isRunning();
    }

    private ScheduledJob locked(String job) {
        ScheduledJob scheduled = em.find(ScheduledJob.class, job, LockModeType.PESSIMISTIC_WRITE);
        if (scheduled == null) {
            // Its first run before the start-up registration got to it: the insert holds the row for this transaction.
            scheduled = new ScheduledJob(job);
            em.persist(scheduled);
            em.flush();
        }
        return scheduled;
    }
}
