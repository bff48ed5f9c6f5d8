package org.parkportal.notification.application.internal;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.parkportal.notification.application.NotificationRefused;
import org.parkportal.notification.application.NotificationView;
import org.parkportal.notification.application.Notifications;
import org.parkportal.notification.domain.Notification;

/** The caller's notifications; every query is bounded to the caller's own (the recipient is the caller). */
@Stateless
public class DefaultNotifications implements Notifications {

    private static final String GUEST = "anonymous";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @EJB
    private UnreadCounts counts;

    @Override
    public List<NotificationView> mine(int max) {
        Optional<String> caller = caller();
        if (caller.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select n from Notification n where n.recipient = :me "
                        + "order by n.createdAt desc, n.id desc", Notification.class)
                .setParameter("me", caller.get()).setMaxResults(Math.max(1, Math.min(max, MAX_PAGE)))
                .getResultList().stream().map(NotificationView::of).toList();
    }

    @Override
    public long count() {
        return caller().map(me -> em.createQuery("select count(n) from Notification n where n.recipient = :me",
                Long.class).setParameter("me", me).getSingleResult()).orElse(0L);
    }

    @Override
    public long unread() {
        return caller().map(me -> counts.unread(me, user -> em.createQuery("select count(n) from Notification n "
                + "where n.recipient = :me and n.readAt is null", Long.class).setParameter("me", user)
                .getSingleResult())).orElse(0L);
    }

    @Override
    public void markRead(long id) {
        Notification notification = em.find(Notification.class, id);
        Optional<String> caller = caller();
        if (notification == null || caller.isEmpty() || !notification.recipient().equals(caller.get())) {
            // Someone else's is answered exactly like one that does not exist: ids tell nobody what others got.
            throw new NotificationRefused(NotificationRefused.Reason.NOT_FOUND, "notification " + id);
        }
        notification.markRead(Instant.now());
        counts.forget(caller.get());
    }

    @Override
    public int markAllRead() {
        Optional<String> caller = caller();
        if (caller.isEmpty()) {
            return 0;
        }
        List<Notification> unread = em.createQuery("select n from Notification n where n.recipient = :me "
                + "and n.readAt is null", Notification.class).setParameter("me", caller.get()).getResultList();
        Instant now = Instant.now();
        unread.forEach(n -> n.markRead(now));
        counts.forget(caller.get());
        return unread.size();
    }

    private Optional<String> caller() {
        String name = context.getCallerPrincipal().getName();
        return name == null || GUEST.equals(name) ? Optional.empty() : Optional.of(name);
    }
}
