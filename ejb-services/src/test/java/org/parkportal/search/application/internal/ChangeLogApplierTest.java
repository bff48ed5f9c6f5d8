package org.parkportal.search.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parkportal.search.domain.IndexChange;
import org.parkportal.search.domain.SearchDocument;
import org.parkportal.search.infrastructure.LuceneIndex;

/**
 * The applier against a change log that behaves like the database: ids come from a sequence when a transaction
 * writes, rows become visible when it commits, and a rollback leaves a gap.
 */
class ChangeLogApplierTest {

    private static final long LOOK_BACK = 60_000;
    private static final long RETENTION = 3_600_000;

    private final TransactionalLog log = new TransactionalLog();
    private LuceneIndex index;
    private long now = 1_000_000;

    @BeforeEach
    void open() throws IOException {
        index = new LuceneIndex(new ByteBuffersDirectory());
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    @Test
    void aRolledBackPublicationNeverAppears() throws IOException {
        ChangeLogApplier applier = new ChangeLogApplier(index, log, LOOK_BACK, RETENTION);
        applier.applyPending(now);
        assertEquals(0, index.lastAppliedChange(), "a new index starts at the log's beginning");
        TransactionalLog.Tx rolledBack = log.begin();
        rolledBack.publish(doc("content:draft"));
        TransactionalLog.Tx committed = log.begin();
        committed.publish(doc("content:final"));
        rolledBack.rollback();
        committed.commit();

        assertEquals(1, applier.applyPending(now + 1));

        assertEquals(Set.of("content:final"), index.ids());
        assertEquals(2, index.lastAppliedChange(), "the position passes the rolled-back entry's gap");
    }

    @Test
    void applyingTheLogAgainChangesNothing() throws IOException {
        ChangeLogApplier applier = new ChangeLogApplier(index, log, LOOK_BACK, RETENTION);
        log.committed(tx -> {
            tx.publish(doc("content:a"));
            tx.publish(doc("content:b"));
            tx.withdraw("content:a");
        });
        applier.applyPending(now);
        Set<String> once = index.ids();

        assertEquals(0, applier.applyPending(now + 1), "nothing new");
        // A restart forgets what was applied recently: the look-back window is applied once more.
        ChangeLogApplier restarted = new ChangeLogApplier(index, log, LOOK_BACK, RETENTION);
        assertEquals(3, restarted.applyPending(now + 2));

        assertEquals(Set.of("content:b"), once);
        assertEquals(once, index.ids());
        assertEquals(1, index.size());
    }

    @Test
    void aTransactionThatCommitsAfterALaterOneIsStillApplied() throws IOException {
        ChangeLogApplier applier = new ChangeLogApplier(index, log, LOOK_BACK, RETENTION);
        applier.applyPending(now);
        TransactionalLog.Tx slow = log.begin();
        slow.publish(doc("content:slow"));
        log.committed(tx -> tx.publish(doc("content:quick")));
        applier.applyPending(now);
        assertEquals(Set.of("content:quick"), index.ids());

        slow.commit();
        applier.applyPending(now + 1000);

        assertEquals(Set.of("content:quick", "content:slow"), index.ids());
    }

    @Test
    void aWithdrawalRemovesTheDocumentAndARepublicationBringsItBack() throws IOException {
        ChangeLogApplier applier = new ChangeLogApplier(index, log, LOOK_BACK, RETENTION);
        log.committed(tx -> tx.publish(doc("content:x")));
        applier.applyPending(now);
        log.committed(tx -> tx.withdraw("content:x"));
        applier.applyPending(now + 1);
        assertEquals(Set.of(), index.ids());

        log.committed(tx -> tx.publish(doc("content:x")));
        applier.applyPending(now + 2);
        assertEquals(Set.of("content:x"), index.ids());
    }

    @Test
    void aNewNodeBuildsItsIndexFromTheDocuments() throws IOException {
        log.committed(tx -> {
            for (int i = 0; i < ChangeLogApplier.BATCH + 3; i++) {
                tx.publish(doc("content:" + i));
            }
        });
        now += LOOK_BACK * 10;

        new ChangeLogApplier(index, log, LOOK_BACK, RETENTION).applyPending(now);

        assertEquals(ChangeLogApplier.BATCH + 3, index.size());
        assertEquals(log.lastChangeId(), index.lastAppliedChange());
    }

    @Test
    void aRebuildEntryRestoresDocumentsTheIndexLost() throws IOException {
        ChangeLogApplier applier = new ChangeLogApplier(index, log, LOOK_BACK, RETENTION);
        log.committed(tx -> tx.publish(doc("content:kept")));
        applier.applyPending(now);
        // A row that reached the table without reaching this index (e.g. an index restored from a backup).
        log.documents.put("content:lost", doc("content:lost"));
        applier.applyPending(now + 1);
        assertEquals(Set.of("content:kept"), index.ids());

        log.committed(TransactionalLog.Tx::requestRebuild);
        applier.applyPending(now + 2);

        assertEquals(Set.of("content:kept", "content:lost"), index.ids());
        assertTrue(index.lastAppliedChange() >= 2);
    }

    @Test
    void aNodeThatWasDownLongerThanTheLogKeepsEntriesRebuildsWhenItStarts() throws IOException {
        new ChangeLogApplier(index, log, LOOK_BACK, RETENTION).applyPending(now);
        log.committed(tx -> tx.publish(doc("content:early")));
        new ChangeLogApplier(index, log, LOOK_BACK, RETENTION).applyPending(now);
        // This node stops; the others apply an entry, and long after forget it.
        now += 1000;
        log.committed(tx -> tx.publish(doc("content:while-down")));
        now += RETENTION * 2;
        log.forget(now - RETENTION);
        assertEquals(List.of(), log.changesAfter(0, 10));

        new ChangeLogApplier(index, log, LOOK_BACK, RETENTION).applyPending(now);

        assertEquals(Set.of("content:early", "content:while-down"), index.ids());
    }

    @Test
    void aNodeThatKeptUpDoesNotRebuildWhenItStarts() throws IOException {
        new ChangeLogApplier(index, log, LOOK_BACK, RETENTION).applyPending(now);
        log.committed(tx -> tx.publish(doc("content:a")));
        new ChangeLogApplier(index, log, LOOK_BACK, RETENTION).applyPending(now);
        log.documents.put("content:unlogged", doc("content:unlogged"));

        new ChangeLogApplier(index, log, LOOK_BACK, RETENTION).applyPending(now + LOOK_BACK * 2);

        assertEquals(Set.of("content:a"), index.ids(), "only the log was applied, no rebuild");
    }

    private static SearchDocument doc(String id) {
        return new SearchDocument(id, "content", "Title of " + id, "text", "en", "/portal/x", Set.of("all-users"), null);
    }

    /** The database side of the change log: a sequence, committed rows, transactions that buffer their writes. */
    private final class TransactionalLog implements ChangeLog {

        private final AtomicLong sequence = new AtomicLong();
        final TreeMap<String, SearchDocument> documents = new TreeMap<>();
        private final TreeMap<Long, IndexChange> changes = new TreeMap<>();

        Tx begin() {
            return new Tx();
        }

        void committed(java.util.function.Consumer<Tx> work) {
            Tx tx = begin();
            work.accept(tx);
            tx.commit();
        }

        final class Tx {
            private final List<Runnable> writes = new ArrayList<>();

            void publish(SearchDocument d) {
                IndexChange change = new IndexChange(sequence.incrementAndGet(), IndexChange.Kind.PUBLISH, d.id(), now);
                writes.add(() -> {
                    documents.put(d.id(), d);
                    changes.put(change.id(), change);
                });
            }

            void withdraw(String id) {
                IndexChange change = new IndexChange(sequence.incrementAndGet(), IndexChange.Kind.WITHDRAW, id, now);
                writes.add(() -> {
                    documents.remove(id);
                    changes.put(change.id(), change);
                });
            }

            void requestRebuild() {
                IndexChange change = new IndexChange(sequence.incrementAndGet(), IndexChange.Kind.REBUILD, null, now);
                writes.add(() -> changes.put(change.id(), change));
            }

            void commit() {
                writes.forEach(Runnable::run);
            }

            void rollback() {
                writes.clear();
            }
        }

        // Outside an explicit Tx, each write commits at once (as the real log does in the caller's transaction).

        @Override
        public boolean publish(SearchDocument document) {
            if (document.equals(documents.get(document.id()))) {
                return false;
            }
            committed(tx -> tx.publish(document));
            return true;
        }

        @Override
        public boolean withdraw(String id) {
            if (!documents.containsKey(id)) {
                return false;
            }
            committed(tx -> tx.withdraw(id));
            return true;
        }

        @Override
        public void requestRebuild() {
            committed(Tx::requestRebuild);
        }

        @Override
        public List<IndexChange> changesAfter(long id, int max) {
            return changes.tailMap(id, false).values().stream().limit(max).toList();
        }

        @Override
        public List<IndexChange> changesSince(long recordedAt, int max) {
            return changes.values().stream().filter(c -> c.recordedAt() >= recordedAt).limit(max).toList();
        }

        @Override
        public long lastChangeId() {
            return changes.isEmpty() ? 0 : changes.lastKey();
        }

        @Override
        public Optional<SearchDocument> document(String id) {
            return Optional.ofNullable(documents.get(id));
        }

        @Override
        public List<SearchDocument> documents(String afterId, int max) {
            return (afterId == null ? documents : documents.tailMap(afterId, false)).values().stream().limit(max)
                    .toList();
        }

        @Override
        public Set<String> idsOfType(String type) {
            return new TreeSet<>(documents.keySet());
        }

        @Override
        public long documentCount() {
            return documents.size();
        }

        @Override
        public int forget(long recordedBefore) {
            int before = changes.size();
            changes.values().removeIf(c -> c.recordedAt() < recordedBefore);
            return before - changes.size();
        }
    }
}
