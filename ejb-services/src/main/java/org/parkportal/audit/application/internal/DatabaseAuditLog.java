package org.parkportal.audit.application.internal;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.parkportal.audit.application.AuditAccessDenied;
import org.parkportal.audit.application.AuditLog;
import org.parkportal.audit.application.AuditQuery;
import org.parkportal.audit.application.ChainCheck;
import org.parkportal.audit.application.RequestOrigin;
import org.parkportal.audit.domain.AuditAction;
import org.parkportal.audit.domain.AuditEntry;
import org.parkportal.audit.domain.AuditEvent;

/**
 * The audit log in the portal database. Appends are serialised (one writer, the next id and the previous hash
 * read from the table each time, so a restart or a failed append never leaves the chain pointing at nothing).
 */
@Singleton
public class DatabaseAuditLog implements AuditLog {

    /** The previous hash of the very first entry. */
    static final String GENESIS = "0".repeat(64);

    private final String adminGroup = System.getProperty("portal.admin.group", "portal-admins");

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @EJB
    private RequestOrigin origin;

    @EJB
    private HashChain chain;

    @Resource
    private SessionContext context;

    @Override
    @Lock(LockType.WRITE)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(AuditEvent event) {
        List<AuditEntry> last = em.createQuery("select e from AuditEntry e order by e.id desc", AuditEntry.class)
                .setMaxResults(1).getResultList();
        long id = last.isEmpty() ? 1 : last.get(0).id() + 1;
        String previous = last.isEmpty() ? GENESIS : last.get(0).hash();
        em.persist(new AuditEntry(id, Instant.now(), event, previous));
    }

    @Override
    @Lock(LockType.WRITE)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(AuditAction action, String target, String detail) {
        String caller = context.getCallerPrincipal().getName();
        record(new AuditEvent("anonymous".equals(caller) ? null : caller, action, target, detail,
                origin.address().orElse(null)));
    }

    @Override
    @Lock(LockType.READ)
    public List<AuditEntry> find(AuditQuery query) {
        requireAdmin();
        TypedQuery<AuditEntry> q = em.createQuery("select e from AuditEntry e" + where(query) + " order by e.id desc",
                AuditEntry.class);
        parameters(query).forEach(q::setParameter);
        return q.setFirstResult(query.offset()).setMaxResults(query.limit()).getResultList();
    }

    @Override
    @Lock(LockType.READ)
    public long count(AuditQuery query) {
        requireAdmin();
        TypedQuery<Long> q = em.createQuery("select count(e) from AuditEntry e" + where(query), Long.class);
        parameters(query).forEach(q::setParameter);
        return q.getSingleResult();
    }

    @Override
    @Lock(LockType.READ)
    public ChainCheck verify() {
        requireAdmin();
        return chain.check();
    }

    @Override
    @Lock(LockType.READ)
    public Optional<ChainCheck> lastCheck() {
        requireAdmin();
        return chain.last();
    }

    private void requireAdmin() {
        if (!context.isCallerInRole(adminGroup)) {
            throw new AuditAccessDenied();
        }
    }

    private static String where(AuditQuery q) {
        List<String> conditions = new ArrayList<>();
        if (q.from() != null) {
            conditions.add("e.occurredAt >= :from");
        }
        if (q.to() != null) {
            conditions.add("e.occurredAt < :to");
        }
        if (q.actor() != null && !q.actor().isBlank()) {
            conditions.add("e.actor = :actor");
        }
        if (q.action() != null) {
            conditions.add("e.action = :action");
        }
        if (q.text() != null && !q.text().isBlank()) {
            // EclipseLink's JPQL parser refuses escape '\\' (a syntax error, so every text filter failed): '!' instead.
            conditions.add("(lower(e.target) like :text escape '!' or lower(e.detail) like :text escape '!')");
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static Map<String, Object> parameters(AuditQuery q) {
        Map<String, Object> p = new LinkedHashMap<>();
        if (q.from() != null) {
            p.put("from", q.from());
        }
        if (q.to() != null) {
            p.put("to", q.to());
        }
        if (q.actor() != null && !q.actor().isBlank()) {
            p.put("actor", q.actor().strip());
        }
        if (q.action() != null) {
            p.put("action", q.action().name());
        }
        if (q.text() != null && !q.text().isBlank()) {
            String literal = q.text().strip().toLowerCase(Locale.ROOT)
                    .replace("!", "!!").replace("%", "!%").replace("_", "!_");
            p.put("text", "%" + literal + "%");
        }
        return p;
    }
}
