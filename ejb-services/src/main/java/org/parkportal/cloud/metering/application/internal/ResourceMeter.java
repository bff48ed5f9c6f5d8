package org.parkportal.cloud.metering.application.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.parkportal.billing.application.NewUsage;
import org.parkportal.billing.application.UsageRecording;
import org.parkportal.cloud.metering.application.MeteringObserver;
import org.parkportal.cloud.metering.domain.Change;
import org.parkportal.cloud.metering.domain.ChangeLog;
import org.parkportal.cloud.metering.domain.MeteredChange;
import org.parkportal.cloud.metering.domain.MeteredQuantity;
import org.parkportal.cloud.metering.domain.MeteredResource;

/**
 * Meters one resource's closed hours in a transaction of its own: its row locked (a concurrent change of it waits),
 * each hour's usage written to billing, then its cursor moved, all committed together.
 */
@Stateless
public class ResourceMeter {

    /** A month of hours per transaction at most; a longer backlog takes several (the run loops until it is done). */
    static final int MAX_HOURS = 744;
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH").withZone(ZoneOffset.UTC);

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @EJB
    private UsageRecording billing;

    /** Hours metered, records billing created, and whether the resource is now metered up to {@code horizon}. */
    public record Progress(int hours, int records, boolean done) {
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Progress meter(String resourceId, Instant horizon, MeteringObserver observer) {
        MeteredResource resource = em.find(MeteredResource.class, resourceId, LockModeType.PESSIMISTIC_WRITE);
        Instant until = resource.meterUntil(horizon);
        Instant hour = resource.meteredUntil();
        if (!hour.isBefore(until)) {
            return new Progress(0, 0, true);
        }
        ChangeLog log = new ChangeLog(resourceId, resource.tenant(), changes(resourceId));
        int hours = 0;
        int records = 0;
        while (hour.isBefore(until) && hours < MAX_HOURS) {
            Instant end = hour.plus(1, ChronoUnit.HOURS);
            for (MeteredQuantity quantity : log.usage(hour, end)) {
                if (billing.record(new NewUsage(sourceKey(resourceId, quantity, hour), resource.tenant(),
                        quantity.usageType(), quantity.itemCode(), resourceId, quantity.quantity(), hour, end))
                        .created()) {
                    records++;
                }
            }
            observer.metered(resourceId, hour);
            hour = end;
            hours++;
        }
        resource.meteredUntil(hour);
        return new Progress(hours, records, !hour.isBefore(until));
    }

    /** The same resource, item and hour always give the same key: billing keeps the first record, never two. */
    static String sourceKey(String resourceId, MeteredQuantity quantity, Instant hour) {
        return "cloud:" + resourceId + ":" + quantity.usageType() + ":" + quantity.itemCode()
                + (quantity.part().isEmpty() ? "" : ":" + quantity.part()) + ":" + HOUR.format(hour);
    }

    private List<Change> changes(String resourceId) {
        return em.createQuery("select c from MeteredChange c where c.resourceId = :id order by c.position",
                MeteredChange.class).setParameter("id", resourceId).getResultStream().map(MeteredChange::change).toList();
    }
}
