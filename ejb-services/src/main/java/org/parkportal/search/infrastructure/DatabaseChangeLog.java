package org.parkportal.search.infrastructure;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.CacheRetrieveMode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.parkportal.search.application.internal.ChangeLog;
import org.parkportal.search.domain.IndexChange;
import org.parkportal.search.domain.SearchDocument;

/** The change log and the documents in the portal database, through JPA. */
@Stateless
public class DatabaseChangeLog implements ChangeLog {

    /** Another node may have written the rows: always read them from the database. */
    private static final Map<String, Object> FRESH =
            Map.of("jakarta.persistence.cache.retrieveMode", CacheRetrieveMode.BYPASS);

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public boolean publish(SearchDocument document) {
        long now = System.currentTimeMillis();
        DocumentRow row = em.find(DocumentRow.class, document.id(), FRESH);
        if (row != null && row.holds(document)) {
            return false;
        }
        if (row == null) {
            em.persist(new DocumentRow(document, now));
        } else {
            row.write(document, now);
        }
        em.persist(new ChangeRow(IndexChange.Kind.PUBLISH, document.id(), now));
        return true;
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public boolean withdraw(String id) {
        DocumentRow row = em.find(DocumentRow.class, id, FRESH);
        if (row == null) {
            return false;
        }
        em.remove(row);
        em.persist(new ChangeRow(IndexChange.Kind.WITHDRAW, id, System.currentTimeMillis()));
        return true;
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void requestRebuild() {
        em.persist(new ChangeRow(IndexChange.Kind.REBUILD, null, System.currentTimeMillis()));
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<IndexChange> changesAfter(long id, int max) {
        return changes(em.createQuery("select c from ChangeRow c where c.id > :id order by c.id", ChangeRow.class)
                .setParameter("id", id), max);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<IndexChange> changesSince(long recordedAt, int max) {
        return changes(em.createQuery("select c from ChangeRow c where c.recordedAt >= :since order by c.id",
                ChangeRow.class).setParameter("since", recordedAt), max);
    }

    private static List<IndexChange> changes(TypedQuery<ChangeRow> query, int max) {
        FRESH.forEach(query::setHint);
        return query.setMaxResults(max).getResultList().stream().map(ChangeRow::toChange).toList();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long lastChangeId() {
        Long max = em.createQuery("select max(c.id) from ChangeRow c", Long.class).getSingleResult();
        return max == null ? 0 : max;
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<SearchDocument> document(String id) {
        return Optional.ofNullable(em.find(DocumentRow.class, id, FRESH)).map(DocumentRow::toDocument);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<SearchDocument> documents(String afterId, int max) {
        TypedQuery<DocumentRow> query = afterId == null
                ? em.createQuery("select d from DocumentRow d order by d.id", DocumentRow.class)
                : em.createQuery("select d from DocumentRow d where d.id > :after order by d.id", DocumentRow.class)
                        .setParameter("after", afterId);
        FRESH.forEach(query::setHint);
        return query.setMaxResults(max).getResultList().stream().map(DocumentRow::toDocument).toList();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Set<String> idsOfType(String type) {
        return new TreeSet<>(em.createQuery("select d.id from DocumentRow d where d.type = :type", String.class)
                .setParameter("type", type).getResultList());
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long documentCount() {
        return em.createQuery("select count(d) from DocumentRow d", Long.class).getSingleResult();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public int forget(long recordedBefore) {
        return em.createQuery("delete from ChangeRow c where c.recordedAt < :before")
                .setParameter("before", recordedBefore).executeUpdate();
    }
}
