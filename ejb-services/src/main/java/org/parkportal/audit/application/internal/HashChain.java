package org.parkportal.audit.application.internal;

import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.CacheRetrieveMode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.parkportal.audit.application.ChainCheck;
import org.parkportal.audit.domain.AuditEntry;
import org.parkportal.audit.domain.ChainVerification;

/**
 * Checks the hash chain of the whole log and keeps the result. Callers decide who may: the log's verify for
 * administrators, the nightly job for the system.
 */
@Stateless
@LocalBean
public class HashChain {

    private static final int BATCH = 500;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    /** Recomputes every hash from the first entry on and records the result; a transaction of its own. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public ChainCheck check() {
        Instant started = Instant.now();
        ChainCheck walked = walk(started);
        em.persist(new ChainVerification(walked.checkedAt(), walked.entries(), walked.firstBrokenId()));
        return walked;
    }

    /** The newest recorded check, if the chain was ever checked. */
    public Optional<ChainCheck> last() {
        return em.createQuery("select c from ChainVerification c order by c.id desc", ChainVerification.class)
                .setMaxResults(1).getResultList().stream()
                .map(c -> new ChainCheck(c.checkedAt(), c.entries(), c.firstBrokenId())).findFirst();
    }

    private ChainCheck walk(Instant at) {
        String previous = DatabaseAuditLog.GENESIS;
        long expectedId = 1;
        long checked = 0;
        while (true) {
            List<AuditEntry> batch = em.createQuery(
                    "select e from AuditEntry e where e.id >= :from order by e.id", AuditEntry.class)
                    .setParameter("from", expectedId).setMaxResults(BATCH)
                    // From the table, never from EclipseLink's cache: a change made in the database is what this
                    // check is for, and the cache would still hold the entry as it was written.
                    .setHint("jakarta.persistence.cache.retrieveMode", CacheRetrieveMode.BYPASS)
                    .setHint("eclipselink.refresh", "true")
                    .getResultList();
            if (batch.isEmpty()) {
                long total = em.createQuery("select count(e) from AuditEntry e", Long.class).getSingleResult();
                // Entries below the first id we expected (or none at all while some exist) mean a cut.
                return new ChainCheck(at, checked, total == checked ? null : expectedId);
            }
            for (AuditEntry e : batch) {
                if (e.id() != expectedId || !e.previousHash().equals(previous)
                        || !e.hash().equals(e.expectedHash(previous))) {
                    return new ChainCheck(at, checked, expectedId);
                }
                previous = e.hash();
                expectedId++;
                checked++;
            }
            em.clear();
        }
    }
}
