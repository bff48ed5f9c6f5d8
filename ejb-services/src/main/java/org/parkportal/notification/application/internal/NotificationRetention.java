package org.parkportal.notification.application.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.logging.Logger;
import org.parkportal.notification.domain.Notification;
import org.parkportal.scheduling.application.JobScheduler;
import org.parkportal.scheduling.application.PortalJob;

/**
 * Every day: deletes read notifications older than {@link Notification#RETENTION} (90 days). Unread ones stay
 * however old, so nobody loses what they have not seen yet.
 */
@Stateless
public class NotificationRetention implements PortalJob {

    public static final String NAME = "notification.retention";
    private static final Logger LOG = Logger.getLogger(NotificationRetention.class.getName());

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @EJB
    private JobScheduler scheduler;

    /** 04:40 server time, after the night's other jobs; persistent, so one node of a cluster runs it. */
    @Schedule(hour = "4", minute = "40", info = NAME)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void daily() {
        scheduler.runScheduled(NAME);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void run() {
        int deleted = em.createQuery("delete from Notification n where n.readAt is not null and n.createdAt < :cutoff")
                .setParameter("cutoff", Notification.retentionCutoff(Instant.now())).executeUpdate();
        LOG.info(() -> "Notification retention deleted " + deleted + " read notifications");
    }
}
