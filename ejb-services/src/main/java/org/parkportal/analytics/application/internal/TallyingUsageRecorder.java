package org.parkportal.analytics.application.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.parkportal.analytics.application.RecorderStatus;
import org.parkportal.analytics.application.UsageRecorder;
import org.parkportal.analytics.domain.UsageEvent;
import org.parkportal.analytics.infrastructure.JpaUsageStore;
import org.parkportal.directory.application.TenantContext;

/**
 * The node's usage recorder: counts equal events of a minute in memory ({@link PendingCounts}) and writes the counts
 * every {@code portal.analytics.flush.seconds} (default 10) on the server's managed scheduler, in one transaction.
 * No lock and no transaction on the way in, so a page pays for a few map increments, nothing more; the database
 * sees one row per distinct use and minute instead of a row per page and window (which cost half the page
 * throughput: docs/analytics.md). At most {@code portal.analytics.pending.capacity} (default 10 000) different
 * counts wait; beyond that events are dropped and counted.
 */
@Singleton
@Startup
@LocalBean
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TallyingUsageRecorder implements UsageRecorder {

    private static final Logger LOG = Logger.getLogger(TallyingUsageRecorder.class.getName());

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @EJB
    private JpaUsageStore store;

    @EJB
    private TenantContext tenants;

    @Resource
    private SessionContext context;

    private PendingCounts pending;
    private ScheduledFuture<?> writing;

    @PostConstruct
    void start() {
        int capacity = Math.max(1, Integer.getInteger("portal.analytics.pending.capacity", 10_000));
        long seconds = Math.max(1, Long.getLong("portal.analytics.flush.seconds", 10));
        pending = new PendingCounts(capacity);
        writing = scheduler.scheduleWithFixedDelay(this::writePending, seconds, seconds, TimeUnit.SECONDS);
        LOG.info(() -> "Usage recorder: counts written every " + seconds + " s, at most " + capacity + " waiting");
    }

    @Override
    public void record(UsageEvent... events) {
        for (UsageEvent event : events) {
            pending.add(event);
        }
    }

    @Override
    public void searched(String query, long hits) {
        String caller = context.getCallerPrincipal().getName();
        String user = "anonymous".equals(caller) ? null : caller;
        pending.add(UsageEvent.search(Instant.now(), query, hits, user, user == null ? null
                : tenants.currentTenant().orElse(null)));
    }

    @Override
    public RecorderStatus status() {
        return pending.status();
    }

    /** Writes what this node counted so far; the hourly aggregation calls it first, so "run now" sees the last view. */
    public void writePending() {
        pending.write(store::store);
    }

    @PreDestroy
    void stop() {
        writing.cancel(false);
        writePending();
        RecorderStatus status = pending.status();
        LOG.info(() -> "Usage recorder stopped: " + status.accepted() + " accepted, " + status.dropped()
                + " dropped, " + status.lost() + " lost");
    }
}
