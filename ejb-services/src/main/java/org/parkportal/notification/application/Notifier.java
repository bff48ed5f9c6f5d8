package org.parkportal.notification.application;

import jakarta.ejb.Local;
import java.util.List;

/**
 * How other contexts tell somebody what happened to their request. The notification is written in the caller's
 * transaction (so it exists only if the change it reports commits). A bad recipient, key or link never fails the
 * caller: it is logged and the notification is skipped (or, for a bad link, kept without the link).
 */
@Local
public interface Notifier {

    /**
     * @param key       a message key of the notification bundle ({@code org/parkportal/notification/messages})
     * @param arguments the key's arguments as texts, in order ({0}, {1}, ...); rendered in the reader's language
     * @param link      a portal page path such as {@code workplace/cloud}, or null
     */
    void tell(Recipient recipient, String key, List<String> arguments, String link);
}
