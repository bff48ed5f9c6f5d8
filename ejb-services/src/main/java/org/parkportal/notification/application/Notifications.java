package org.parkportal.notification.application;

import jakarta.ejb.Local;
import java.util.List;

/**
 * The signed-in caller's own notifications (a guest has none). Someone else's notification is NOT_FOUND
 * ({@link NotificationRefused}): ownership is checked here, not only by the portlet or the API.
 */
@Local
public interface Notifications {

    int MAX_PAGE = 200;

    /** The newest {@code max} (1 to {@value #MAX_PAGE}), newest first. */
    List<NotificationView> mine(int max);

    /** How many the caller has in all. */
    long count();

    /** How many the caller has not read: one count query (the theme's bell asks on every page). */
    long unread();

    /** @throws NotificationRefused NOT_FOUND when the caller has no notification of that id */
    void markRead(long id);

    /** Marks every unread one read; returns how many. */
    int markAllRead();
}
