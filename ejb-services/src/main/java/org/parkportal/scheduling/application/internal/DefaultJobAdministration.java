package org.parkportal.scheduling.application.internal;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.NoMoreTimeoutsException;
import jakarta.ejb.NoSuchObjectLocalException;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.parkportal.audit.application.AuditLog;
import org.parkportal.audit.domain.AuditAction;
import org.parkportal.scheduling.application.JobAdministration;
import org.parkportal.scheduling.application.JobOverview;
import org.parkportal.scheduling.application.JobRefused;
import org.parkportal.scheduling.application.JobRefused.Reason;
import org.parkportal.scheduling.application.PortalJob;
import org.parkportal.scheduling.application.RunRecord;
import org.parkportal.scheduling.domain.JobRun;
import org.parkportal.scheduling.domain.JobTrigger;
import org.parkportal.scheduling.domain.RunOutcome;
import org.parkportal.scheduling.infrastructure.JpaJobRuns;

/**
 * The jobs for administrators. A job's schedule and next run come from its timer in the container's timer service
 * (the timer whose info is the job's name; every context's jobs live in this EJB module, whose timers
 * {@code getAllTimers} returns); its runs from the database.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DefaultJobAdministration implements JobAdministration {

    /** The most runs one request returns. */
    static final int MAX_RUNS = 200;

    private final String adminGroup = System.getProperty("portal.admin.group", "portal-admins");

    @EJB
    private JobCatalogue catalogue;

    @EJB
    private JpaJobRuns runs;

    @EJB
    private ManualRuns manual;

    @EJB
    private AuditLog audit;

    @Resource
    private SessionContext context;

    @Resource
    private TimerService timers;

    @Override
    public List<JobOverview> jobs() {
        requireAdmin();
        List<Timer> all = new ArrayList<>(timers.getAllTimers());
        List<JobOverview> jobs = new ArrayList<>();
        for (String name : catalogue.all().keySet()) {
            Optional<Timer> timer = all.stream().filter(t -> name.equals(info(t)))
                    .min(Comparator.comparing(t -> nextTimeout(t).orElse(Instant.MAX)));
            jobs.add(new JobOverview(name, timer.map(DefaultJobAdministration::schedule).orElse(null),
                    timer.flatMap(DefaultJobAdministration::nextTimeout).orElse(null),
                    runs.last(name).map(RunRecord::of).orElse(null),
                    runs.lastFailure(name).map(RunRecord::of).orElse(null),
                    runs.isRunning(name)));
        }
        return jobs;
    }

    @Override
    public List<RunRecord> recentRuns(String job, int limit) {
        requireAdmin();
        if (job != null && catalogue.find(job).isEmpty()) {
            throw new JobRefused(Reason.UNKNOWN_JOB, job);
        }
        return runs.recent(job, Math.max(1, Math.min(limit, MAX_RUNS))).stream().map(RunRecord::of).toList();
    }

    @Override
    public void runNow(String name) {
        requireAdmin();
        PortalJob job = catalogue.find(name).orElseThrow(() -> new JobRefused(Reason.UNKNOWN_JOB, String.valueOf(name)));
        String caller = context.getCallerPrincipal().getName();
        // Begun here, so the refusal of a second start is immediate and the page after the redirect shows the run.
        JobRun run = new JobRunner(runs, Clock.systemUTC(), Node.name()).begin(job.name(), JobTrigger.MANUAL, caller);
        if (run.outcome() == RunOutcome.SKIPPED) {
            throw new JobRefused(Reason.ALREADY_RUNNING, name);
        }
        audit.record(AuditAction.JOB_STARTED, "job:" + name, "run " + run.id());
        manual.perform(run);
    }

    private void requireAdmin() {
        if (!context.isCallerInRole(adminGroup)) {
            throw new JobRefused(Reason.NOT_ALLOWED, String.valueOf(context.getCallerPrincipal().getName()));
        }
    }

    private static Object info(Timer timer) {
        try {
            return timer.getInfo();
        } catch (NoSuchObjectLocalException cancelled) {
            return null;
        }
    }

    private static Optional<Instant> nextTimeout(Timer timer) {
        try {
            return Optional.of(timer.getNextTimeout().toInstant());
        } catch (NoMoreTimeoutsException | NoSuchObjectLocalException done) {
            return Optional.empty();
        }
    }

    /** The calendar expression as "second minute hour day-of-month month day-of-week", plus its time zone if set. */
    static String schedule(Timer timer) {
        if (!timer.isCalendarTimer()) {
            return null;
        }
        ScheduleExpression s = timer.getSchedule();
        String fields = String.join(" ", s.getSecond(), s.getMinute(), s.getHour(), s.getDayOfMonth(), s.getMonth(),
                s.getDayOfWeek());
        return s.getTimezone() == null || s.getTimezone().isBlank() ? fields
                : fields + " " + Objects.toString(s.getTimezone());
    }
}
