package org.parkportal.search.application.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.parkportal.search.domain.SearchQuery;
import org.parkportal.search.domain.SearchResults;
import org.parkportal.search.domain.Suggestion;
import org.parkportal.search.domain.Viewer;
import org.parkportal.search.infrastructure.IndexLocation;
import org.parkportal.search.infrastructure.LuceneIndex;

/**
 * This node's index: opened at start, kept up to the change log by a poll every second and by a nudge after each
 * commit that published something, searched by every request. Every node of a cluster runs its own, so all converge
 * on the database's documents.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class IndexNode {

    private static final Logger LOG = Logger.getLogger(IndexNode.class.getName());
    private static final String NUDGE = IndexNode.class.getName() + ".nudge";
    private static final long POLL_MILLIS = Long.getLong("portal.search.poll.ms", 1000);
    /** Longer than the longest transaction that can publish (WildFly's default timeout is five minutes). */
    private static final long LOOK_BACK_MILLIS = Long.getLong("portal.search.lookback.ms", 6 * 60 * 1000);
    /**
     * How long change-log entries are kept. A node that was down longer rebuilds its index from the documents when it
     * starts (see ChangeLogApplier), so this only bounds the table, not correctness.
     */
    private static final long RETENTION_MILLIS = Long.getLong("portal.search.retention.ms", 7L * 24 * 60 * 60 * 1000);
    private static final long PRUNE_EVERY_MILLIS = 60 * 60 * 1000;

    @EJB
    private ChangeLog log;

    @EJB
    private SourceSync sources;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @Resource
    private TransactionSynchronizationRegistry transaction;

    private LuceneIndex index;
    private ChangeLogApplier applier;
    private ScheduledFuture<?> polling;
    /** Only the polling task touches it. */
    private long nextPruneAt;
    private volatile boolean failing;

    @PostConstruct
    void start() {
        Path folder = IndexLocation.folder();
        index = open(folder);
        applier = new ChangeLogApplier(index, log, LOOK_BACK_MILLIS, RETENTION_MILLIS);
        nextPruneAt = System.currentTimeMillis() + PRUNE_EVERY_MILLIS;
        // Pruning rides on the poll rather than on an hourly task of its own: a cancelled task stays in the server's
        // shared scheduler queue until it falls due, and an hourly one kept the undeployed application alive.
        polling = scheduler.scheduleWithFixedDelay(this::poll, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
        // The first search loads the dictionaries of the analyzers (smartcn's take a second or two): do it now.
        scheduler.execute(this::warmUp);
        LOG.info(() -> "Search index in " + folder + " at change " + index.lastAppliedChange());
    }

    /** The index in that folder; one that cannot be read is set aside and built anew from the database. */
    private static LuceneIndex open(Path folder) {
        try {
            return LuceneIndex.open(folder);
        } catch (IOException unreadable) {
            LOG.log(Level.WARNING, "The search index in " + folder + " cannot be read; building it anew", unreadable);
            try {
                delete(folder);
                return LuceneIndex.open(folder);
            } catch (IOException e) {
                throw new UncheckedIOException("No search index can be made in " + folder, e);
            }
        }
    }

    private static void delete(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** Every node prunes; deleting what another node deleted already is harmless. */
    private void prune() {
        try {
            int forgotten = log.forget(System.currentTimeMillis() - RETENTION_MILLIS);
            LOG.fine(() -> forgotten + " old search change(s) forgotten");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Pruning the search change log failed; trying again in an hour", e);
        }
    }

    private void warmUp() {
        try {
            index.search(new SearchQuery("portal 北京 東京 서울", "zh-CN", null, 1), Viewer.GUEST);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "Warming up the search analyzers failed", e);
        }
    }

    @PreDestroy
    void stop() {
        polling.cancel(false);
        synchronized (applier) {
            try {
                index.close();
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Closing the search index failed", e);
            }
        }
    }

    private void poll() {
        applyPending();
        long now = System.currentTimeMillis();
        if (now >= nextPruneAt) {
            nextPruneAt = now + PRUNE_EVERY_MILLIS;
            prune();
        }
        try {
            sources.refreshIfDue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Reading pages or people for the search index failed; trying again", e);
        }
    }

    /**
     * Applies the change log right after the caller's transaction commits (it wrote to the log), once however
     * often the transaction asks; nothing happens if it rolls back.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public void nudgeAfterCommit() {
        if (transaction.getResource(NUDGE) != null) {
            return;
        }
        transaction.putResource(NUDGE, Boolean.TRUE);
        transaction.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // Nothing to do before: the log rows are written by then.
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    nudge();
                }
            }
        });
    }

    /** Applies the change log now, off the caller's thread. */
    public void nudge() {
        scheduler.execute(this::applyPending);
    }

    private void applyPending() {
        try {
            int applied = applier.applyPending(System.currentTimeMillis());
            if (failing) {
                failing = false;
                LOG.info("The search index follows the change log again");
            }
            if (applied > 0) {
                LOG.fine(() -> applied + " search change(s) applied, now at " + index.lastAppliedChange());
            }
        } catch (IOException | RuntimeException e) {
            // Once per failure, not every second.
            if (!failing) {
                failing = true;
                LOG.log(Level.WARNING, "Applying the search change log failed; trying again every poll", e);
            }
        }
    }

    public SearchResults search(SearchQuery query, Viewer viewer) {
        try {
            return index.search(query, viewer);
        } catch (IOException e) {
            throw new UncheckedIOException("Searching the index failed", e);
        }
    }

    public List<Suggestion> suggest(String text, String language, Viewer viewer, int limit) {
        try {
            return index.suggest(text, language, viewer, limit);
        } catch (IOException e) {
            throw new UncheckedIOException("Suggesting from the index failed", e);
        }
    }
}
