package org.parkportal.analytics.application.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.time.Instant;
import java.util.logging.Logger;
import org.parkportal.analytics.application.RecorderStatus;
import org.parkportal.analytics.application.UsageRecorder;
import org.parkportal.analytics.domain.UsageEvent;
import org.parkportal.analytics.infrastructure.JpaUsageStore;
import org.parkportal.directory.application.TenantContext;

/**
 * The node's usage recorder: a bounded queue drained by the server's managed executor into the event table. No lock
 * and no transaction on the way in, so a page pays for an offer to a queue, nothing more.
 * Queue size {@code portal.analytics.queue.capacity} (default 10 000 events), batches of
 * {@code portal.analytics.batch.size} (default 200).
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class QueuedUsageRecorder implements UsageRecorder {

    private static final Logger LOG = Logger.getLogger(QueuedUsageRecorder.class.getName());

    @Resource
    private ManagedExecutorService executor;

    @EJB
    private JpaUsageStore store;

    @EJB
    private TenantContext tenants;

    @Resource
    private SessionContext context;

    private EventQueue queue;

    @PostConstruct
    void start() {
        int capacity = Math.max(1, Integer.getInteger("portal.analytics.queue.capacity", 10_000));
        int batch = Math.max(1, Integer.getInteger("portal.analytics.batch.size", 200));
        queue = new EventQueue(capacity, batch, executor, store::store);
        LOG.info(() -> "Usage recorder: queue of " + capacity + " events, batches of " + batch);
    }

    @Override
    public void record(UsageEvent... events) {
        for (UsageEvent event : events) {
            queue.offer(event);
        }
    }

    @Override
    public void searched(String query, long hits) {
        String caller = context.getCallerPrincipal().getName();
        String user = "anonymous".equals(caller) ? null : caller;
        queue.offer(UsageEvent.search(Instant.now(), query, hits, user, user == null ? null
                : tenants.currentTenant().orElse(null)));
    }

    @Override
    public RecorderStatus status() {
        return queue.status();
    }

    @PreDestroy
    void stop() {
        // What is still queued is written before the application goes; a failing store is counted as lost.
        queue.flush();
        RecorderStatus status = queue.status();
        LOG.info(() -> "Usage recorder stopped: " + status.accepted() + " accepted, " + status.dropped()
                + " dropped, " + status.lost() + " lost");
    }
}
