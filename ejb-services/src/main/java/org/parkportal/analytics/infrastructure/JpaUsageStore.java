package org.parkportal.analytics.infrastructure;

import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.parkportal.analytics.application.UsageReport.DatedCount;
import org.parkportal.analytics.domain.AggregationCursor;
import org.parkportal.analytics.domain.CapturedEvent;
import org.parkportal.analytics.domain.Count;
import org.parkportal.analytics.domain.DailyCount;
import org.parkportal.analytics.domain.EventGroup;
import org.parkportal.analytics.domain.EventTally;
import org.parkportal.analytics.domain.HourlyCount;
import org.parkportal.analytics.domain.UsageEventType;
import org.parkportal.analytics.domain.UsageTally;

/**
 * Counted events (equal uses of a minute as one row) and their aggregates in the portal database. Each write is a transaction of its own: a batch of events,
 * the tally of one hour, the roll-up of one day (both replace what the period had, so running them again is
 * harmless), a purge.
 */
@Stateless
@LocalBean
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JpaUsageStore {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    public void store(List<EventTally> tallies) {
        for (EventTally tally : tallies) {
            em.persist(new CapturedEvent(tally));
        }
    }

    /** Replaces the figures of the hour starting at {@code hour} (UTC) by those of its events. */
    public void tallyHour(LocalDateTime hour) {
        LocalDateTime end = hour.plusHours(1);
        UsageTally tally = new UsageTally();
        em.createQuery("select e.type, e.page, e.portlet, e.query, e.tenant, sum(e.quantity), "
                        + "sum(case when e.hits = 0 then e.quantity else 0 end) from CapturedEvent e "
                        + "where e.occurredAt >= :from and e.occurredAt < :to "
                        + "group by e.type, e.page, e.portlet, e.query, e.tenant", Object[].class)
                .setParameter("from", hour).setParameter("to", end).getResultList()
                .forEach(row -> tally.add(new EventGroup((UsageEventType) row[0], (String) row[1], (String) row[2],
                        (String) row[3], (String) row[4], number(row[5]), number(row[6]))));
        activeUsers(hour, end).forEach(row -> tally.activeUsers((String) row[0], number(row[1])));
        em.createQuery("delete from HourlyCount c where c.hour = :hour").setParameter("hour", hour).executeUpdate();
        for (Count count : tally.counts()) {
            em.persist(new HourlyCount(hour, count));
        }
    }

    /** Replaces the figures of the UTC day by the sum of its hours and the day's distinct active users. */
    public void rollUpDay(LocalDate day) {
        LocalDateTime start = day.atStartOfDay();
        LocalDateTime end = start.plusDays(1);
        UsageTally tally = new UsageTally();
        em.createQuery("select c from HourlyCount c where c.hour >= :from and c.hour < :to", HourlyCount.class)
                .setParameter("from", start).setParameter("to", end).getResultList()
                .forEach(c -> tally.add(c.count()));
        activeUsers(start, end).forEach(row -> tally.activeUsers((String) row[0], number(row[1])));
        em.createQuery("delete from DailyCount c where c.day = :day").setParameter("day", day).executeUpdate();
        for (Count count : tally.counts()) {
            em.persist(new DailyCount(day, count));
        }
    }

    public Optional<LocalDateTime> lastHourTallied() {
        return Optional.ofNullable(em.find(AggregationCursor.class, AggregationCursor.HOURLY))
                .map(AggregationCursor::lastHour);
    }

    public void tallied(LocalDateTime hour) {
        AggregationCursor cursor = em.find(AggregationCursor.class, AggregationCursor.HOURLY);
        if (cursor == null) {
            em.persist(new AggregationCursor(AggregationCursor.HOURLY, hour));
        } else {
            cursor.moveTo(hour);
        }
    }

    /** Deletes events that occurred before {@code before} (UTC); returns how many. */
    public int purgeEvents(LocalDateTime before) {
        return em.createQuery("delete from CapturedEvent e where e.occurredAt < :before")
                .setParameter("before", before).executeUpdate();
    }

    public int purgeHours(LocalDateTime before) {
        return em.createQuery("delete from HourlyCount c where c.hour < :before")
                .setParameter("before", before).executeUpdate();
    }

    public int purgeDays(LocalDate before) {
        return em.createQuery("delete from DailyCount c where c.day < :before")
                .setParameter("before", before).executeUpdate();
    }

    /** The daily figures of the days {@code from} to {@code to}, of one tenant ("" for none) or all (null). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<DatedCount> days(LocalDate from, LocalDate to, String tenant) {
        var query = em.createQuery("select c from DailyCount c where c.day >= :from and c.day <= :to"
                + (tenant == null ? "" : " and c.tenant = :tenant"), DailyCount.class)
                .setParameter("from", from).setParameter("to", to);
        if (tenant != null) {
            query.setParameter("tenant", tenant);
        }
        return query.getResultList().stream().map(c -> new DatedCount(c.day(), c.count())).toList();
    }

    /** The tenants with any figure in the days, by name ("" stands for guests and users without a company). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<String> tenants(LocalDate from, LocalDate to) {
        return em.createQuery("select distinct c.tenant from DailyCount c where c.day >= :from and c.day <= :to "
                        + "order by c.tenant", String.class)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    private List<Object[]> activeUsers(LocalDateTime from, LocalDateTime to) {
        return em.createQuery("select e.tenant, count(distinct e.user) from CapturedEvent e "
                        + "where e.occurredAt >= :from and e.occurredAt < :to and e.user is not null "
                        + "group by e.tenant", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
