package org.parkportal.notification.application.internal;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.parkportal.notification.application.NotificationTexts;
import org.parkportal.notification.application.Notifier;
import org.parkportal.notification.application.Recipient;
import org.parkportal.notification.domain.Notification;
import org.parkportal.notification.domain.PortalLink;

/**
 * Writes notifications in the caller's transaction (REQUIRED: a caller without one, such as an observer after a
 * commit, gets one of its own). Everything that could be wrong with a notification is checked before it is
 * persisted, so the caller's work never fails because of it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class DefaultNotifier implements Notifier {

    private static final Logger LOG = Logger.getLogger(DefaultNotifier.class.getName());

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @EJB
    private UnreadCounts counts;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @Override
    public void tell(Recipient recipient, String key, List<String> arguments, String link) {
        if (recipient == null) {
            LOG.warning(() -> "Notification " + key + " without a recipient: skipped");
            return;
        }
        if (key == null || !NotificationTexts.knows(key)) {
            LOG.warning(() -> "Notification for " + recipient.uid() + " with an unknown key " + key + ": skipped");
            return;
        }
        PortalLink target = null;
        if (link != null) {
            if (PortalLink.valid(link)) {
                target = new PortalLink(link);
            } else {
                LOG.warning(() -> "Notification " + key + " for " + recipient.uid() + ": not a page path, kept without "
                        + "its link: " + link);
            }
        }
        Notification notification;
        try {
            notification = new Notification(recipient.uid(), recipient.tenant(), key,
                    arguments == null ? List.of() : arguments, target, Instant.now());
        } catch (IllegalArgumentException e) {
            LOG.warning(() -> "Notification " + key + " for " + recipient.uid() + " skipped: " + e.getMessage());
            return;
        }
        em.persist(notification);
        // Forgotten again once committed: a page between now and the commit may have cached the old count.
        String user = notification.recipient();
        counts.forget(user);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                counts.forget(user);
            }
        });
    }
}
