package org.parkportal.search.application.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.parkportal.search.domain.IndexChange;
import org.parkportal.search.domain.SearchDocument;
import org.parkportal.search.infrastructure.LuceneIndex;

/**
 * Brings one node's index up to the change log. Entries after the index's recorded position are applied in order;
 * entries that are newer than the look-back but below the position are applied too if this node has not seen them:
 * a transaction that took its id early and committed late (or on another node) lands behind the position. Applying
 * an entry reads its document as it is now, so applying one twice changes nothing.
 */
public final class ChangeLogApplier {

    static final int BATCH = 500;
    private static final int LATE_MAX = 10_000;

    private final LuceneIndex index;
    private final ChangeLog log;
    private final long lookBackMillis;
    private final long retentionMillis;
    private boolean started;
    /** Entries within the look-back this node applied: id to recording time. */
    private final Map<Long, Long> appliedRecently = new HashMap<>();

    /**
     * @param lookBackMillis  longer than the longest transaction that can publish (WildFly's default timeout: 5 min)
     * @param retentionMillis how long entries stay in the log ({@link ChangeLog#forget}); an index last brought up
     *                        to date longer ago than that may have missed entries that are gone
     */
    public ChangeLogApplier(LuceneIndex index, ChangeLog log, long lookBackMillis, long retentionMillis) {
        this.index = index;
        this.log = log;
        this.lookBackMillis = lookBackMillis;
        this.retentionMillis = retentionMillis;
    }

    /**
     * Applies what is new. At the first call an index that never applied anything, or that was last brought up to
     * date before the oldest entries the log still keeps, is built from the documents first.
     */
    public synchronized int applyPending(long now) throws IOException {
        if (!started) {
            if (index.lastAppliedChange() < 0 || index.appliedAt() < now - retentionMillis) {
                rebuildAt(log.lastChangeId(), now);
            }
            started = true;
        }
        long since = now - lookBackMillis;
        appliedRecently.values().removeIf(recorded -> recorded < since);
        long position = index.lastAppliedChange();
        List<IndexChange> late = log.changesSince(since, LATE_MAX).stream()
                .filter(c -> c.id() <= position && !appliedRecently.containsKey(c.id())).toList();
        int applied = apply(late, position, now);
        while (true) {
            List<IndexChange> next = log.changesAfter(index.lastAppliedChange(), BATCH);
            applied += apply(next, next.isEmpty() ? 0 : next.get(next.size() - 1).id(), now);
            if (next.size() < BATCH) {
                return applied;
            }
        }
    }

    /** Replaces the index with every document of the database. */
    public synchronized int rebuild(long now) throws IOException {
        return rebuildAt(log.lastChangeId(), now);
    }

    private int apply(List<IndexChange> changes, long position, long now) throws IOException {
        if (changes.isEmpty()) {
            return 0;
        }
        if (changes.stream().anyMatch(c -> c.kind() == IndexChange.Kind.REBUILD)) {
            rebuildAt(position, now);
        } else {
            Set<String> ids = new LinkedHashSet<>();
            changes.forEach(c -> ids.add(c.documentId()));
            List<SearchDocument> put = new ArrayList<>();
            List<String> remove = new ArrayList<>();
            for (String id : ids) {
                log.document(id).ifPresentOrElse(put::add, () -> remove.add(id));
            }
            index.update(put, remove, Math.max(position, index.lastAppliedChange()), now);
        }
        changes.forEach(c -> appliedRecently.put(c.id(), c.recordedAt()));
        return changes.size();
    }

    private int rebuildAt(long position, long now) throws IOException {
        return index.replaceAll(new AllDocuments(log), Math.max(position, 0), now);
    }

    /** Every document, read from the database a batch at a time. */
    private static final class AllDocuments implements Iterator<SearchDocument> {

        private final ChangeLog log;
        private List<SearchDocument> batch;
        private int next;
        private boolean last;

        AllDocuments(ChangeLog log) {
            this.log = log;
            this.batch = log.documents(null, BATCH);
            this.last = batch.size() < BATCH;
        }

        @Override
        public boolean hasNext() {
            if (next < batch.size()) {
                return true;
            }
            if (last || batch.isEmpty()) {
                return false;
            }
            batch = log.documents(batch.get(batch.size() - 1).id(), BATCH);
            next = 0;
            last = batch.size() < BATCH;
            return !batch.isEmpty();
        }

        @Override
        public SearchDocument next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return batch.get(next++);
        }
    }
}
