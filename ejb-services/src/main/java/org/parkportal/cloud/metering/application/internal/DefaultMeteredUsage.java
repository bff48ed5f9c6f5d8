package org.parkportal.cloud.metering.application.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parkportal.access.application.AccessService;
import org.parkportal.access.application.CallerSubject;
import org.parkportal.cloud.metering.application.MeteredUsage;
import org.parkportal.cloud.metering.application.ResourceUsage;
import org.parkportal.cloud.metering.domain.Change;
import org.parkportal.cloud.metering.domain.ChangeLog;
import org.parkportal.cloud.metering.domain.MeteredChange;
import org.parkportal.cloud.metering.domain.MeteredResource;
import org.parkportal.cloud.metering.domain.MeteringRefused;
import org.parkportal.directory.application.TenantContext;

/** Computes usage from the change log; the tenant comes from the directory, never from the caller's word alone. */
@Stateless
public class DefaultMeteredUsage implements MeteredUsage {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @EJB
    private TenantContext tenants;

    @EJB
    private AccessService access;

    @EJB
    private CallerSubject subject;

    @Override
    public List<ResourceUsage> usage(String tenant, Instant from, Instant to) {
        if (from == null || to == null || !from.isBefore(to) || Duration.between(from, to).toDays() > MAX_DAYS) {
            throw new MeteringRefused(MeteringRefused.Reason.INVALID_PERIOD, from + " to " + to);
        }
        String whose = readableTenant(tenant);
        List<MeteredResource> resources = em.createQuery("select r from MeteredResource r where r.tenant = :tenant"
                        + " and r.createdAt < :to and (r.endedAt is null or r.endedAt > :from) order by r.resourceId",
                        MeteredResource.class)
                .setParameter("tenant", whose).setParameter("from", from).setParameter("to", to).getResultList();
        Map<String, List<Change>> logs = new LinkedHashMap<>();
        em.createQuery("select c from MeteredChange c, MeteredResource r where c.resourceId = r.resourceId"
                        + " and r.tenant = :tenant and r.createdAt < :to and (r.endedAt is null or r.endedAt > :from)"
                        + " order by c.resourceId, c.position", MeteredChange.class)
                .setParameter("tenant", whose).setParameter("from", from).setParameter("to", to).getResultStream()
                .forEach(c -> logs.computeIfAbsent(c.resourceId(), id -> new ArrayList<>()).add(c.change()));
        List<ResourceUsage> usage = new ArrayList<>(resources.size());
        for (MeteredResource r : resources) {
            ChangeLog log = new ChangeLog(r.resourceId(), r.tenant(), logs.get(r.resourceId()));
            usage.add(new ResourceUsage(r.resourceId(), r.kind(), r.tenant(), r.createdAt(), r.endedAt(),
                    log.usage(from, to)));
        }
        return usage;
    }

    /** The caller's own tenant, or another for portal administrators only. */
    private String readableTenant(String requested) {
        String own = tenants.currentTenant().orElse(null);
        if (requested == null || requested.isBlank() || requested.equals(own)) {
            if (own == null) {
                throw new MeteringRefused(MeteringRefused.Reason.NOT_ALLOWED, "the caller belongs to no tenant");
            }
            return own;
        }
        if (!access.isAdministrator(subject.current())) {
            throw new MeteringRefused(MeteringRefused.Reason.NOT_ALLOWED,
                    subject.current().user() + " asked for tenant " + requested);
        }
        return requested;
    }
}
