package org.parkportal.access.application.internal;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.parkportal.access.application.AccessService;
import org.parkportal.audit.application.AuditLog;
import org.parkportal.audit.domain.AuditAction;
import org.parkportal.access.domain.AccessGrant;
import org.parkportal.access.domain.AccessRules;
import org.parkportal.access.domain.Action;
import org.parkportal.access.domain.Grantee;
import org.parkportal.access.domain.Grants;
import org.parkportal.access.domain.ProtectedResource;
import org.parkportal.access.domain.Subject;

/** Keeps every grant in an immutable in-memory map, rebuilt after each change. */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DefaultAccessService implements AccessService {

    private final String adminGroup = System.getProperty("portal.admin.group", "portal-admins");

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @EJB
    private AuditLog audit;

    private volatile AccessRules snapshot = new AccessRules(Map.of(), adminGroup, 0);

    @PostConstruct
    void load() {
        refresh();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean allows(Subject subject, Action action, ProtectedResource resource) {
        return snapshot.allows(subject, action, resource);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public AccessRules rules() {
        return snapshot;
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean isAdministrator(Subject subject) {
        return subject.groups().contains(adminGroup);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Grants grants(ProtectedResource resource) {
        return snapshot.of(resource);
    }

    @Override
    public synchronized boolean replaceGrants(ProtectedResource resource, Grants wanted) {
        if (grants(resource).equals(wanted)) {
            return false;
        }
        em.createQuery("delete from AccessGrant g where g.resourceKind = :kind and g.resourceId = :id")
                .setParameter("kind", resource.kind()).setParameter("id", resource.id()).executeUpdate();
        wanted.byAction().forEach((action, grantees) ->
                grantees.forEach(grantee -> em.persist(new AccessGrant(resource, action, grantee))));
        em.flush();
        refresh();
        audit.record(AuditAction.GRANTS_CHANGED, resource.kind().name().toLowerCase() + ":" + resource.id(),
                describe(wanted));
        return true;
    }

    /** "view: all-users; manage: group:portal-admins", actions in order, grantees sorted. */
    static String describe(Grants grants) {
        if (grants.isEmpty()) {
            return "(none)";
        }
        StringBuilder text = new StringBuilder();
        for (Action action : Action.values()) {
            var grantees = grants.of(action);
            if (!grantees.isEmpty()) {
                text.append(text.isEmpty() ? "" : "; ").append(action.key()).append(": ")
                        .append(grantees.stream().map(Grantee::toString).sorted()
                                .collect(java.util.stream.Collectors.joining(", ")));
            }
        }
        return text.toString();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long version() {
        return snapshot.version();
    }

    private void refresh() {
        Map<ProtectedResource, Map<Action, Set<Grantee>>> collected = new HashMap<>();
        for (AccessGrant g : em.createQuery("select g from AccessGrant g", AccessGrant.class).getResultList()) {
            collected.computeIfAbsent(g.resource(), r -> new EnumMap<>(Action.class))
                    .computeIfAbsent(g.action(), a -> new HashSet<>()).add(g.grantee());
        }
        Map<ProtectedResource, Grants> grants = new HashMap<>();
        collected.forEach((resource, byAction) -> grants.put(resource, new Grants(byAction)));
        snapshot = new AccessRules(grants, adminGroup, snapshot.version() + 1);
    }
}
