package org.parkportal.notification.application;

import java.time.Instant;
import java.util.List;
import org.parkportal.notification.domain.Notification;

/**
 * A notification as its reader sees it; the text is made from {@code key} and {@code arguments} in the reader's
 * language by {@link NotificationTexts}. {@code readAt} is null while unread.
 */
public record NotificationView(long id, String key, List<String> arguments, String link, Instant createdAt,
                               Instant readAt) {

    public NotificationView {
        arguments = List.copyOf(arguments);
    }

    public static NotificationView of(Notification n) {
        return new NotificationView(n.id(), n.messageKey(), n.arguments(), n.link(), n.createdAt(), n.readAt());
    }

    public boolean read() {
        return readAt != null;
    }
}
