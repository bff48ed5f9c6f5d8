package org.parkportal.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import org.parkportal.persistence.InstantColumn;

/**
 * Something a person is told: a message key of the notification bundle with its arguments (texts, rendered in the
 * reader's language when shown, never at the time of writing), an optional portal page to go to, and whether it
 * was read. Only its recipient sees it.
 */
@Entity
@Table(name = "notification")
public class Notification {

    /** How long a read notification is kept (the retention job deletes older ones). */
    public static final Duration RETENTION = Duration.ofDays(90);
    public static final int MAX_RECIPIENT = 100;
    public static final int MAX_KEY = 100;
    public static final int MAX_ARGUMENTS = 4000;
    /**
     * Between the stored arguments: the ASCII record separator, which no argument keeps (a cloud failure's own
     * arguments are joined with the unit separator and stay one argument here).
     */
    static final String SEPARATOR = "\u001e";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 1)
    private long id;

    private String recipient;

    private String tenant;

    @Column(name = "message_key")
    private String messageKey;

    private String arguments;

    private String link;

    @Convert(converter = InstantColumn.class)
    @Column(name = "created_at")
    private Instant createdAt;

    @Convert(converter = InstantColumn.class)
    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    /**
     * @throws IllegalArgumentException for a blank or overlong recipient or key, or arguments too long to keep
     */
    public Notification(String recipient, String tenant, String messageKey, List<String> arguments, PortalLink link,
                        Instant createdAt) {
        if (recipient == null || recipient.isBlank() || recipient.length() > MAX_RECIPIENT) {
            throw new IllegalArgumentException("not a recipient: " + recipient);
        }
        if (messageKey == null || messageKey.isBlank() || messageKey.length() > MAX_KEY) {
            throw new IllegalArgumentException("not a message key: " + messageKey);
        }
        String joined = join(arguments);
        if (joined.length() > MAX_ARGUMENTS) {
            throw new IllegalArgumentException("arguments of " + joined.length() + " characters");
        }
        this.recipient = recipient;
        this.tenant = tenant;
        this.messageKey = messageKey;
        this.arguments = joined.isEmpty() && arguments.isEmpty() ? null : joined;
        this.link = link == null ? null : link.path();
        this.createdAt = createdAt.truncatedTo(ChronoUnit.MILLIS);
    }

    static String join(List<String> arguments) {
        return String.join(SEPARATOR, arguments.stream()
                .map(a -> a == null ? "" : a.replace(SEPARATOR, " ")).toList());
    }

    /** Marks it read (the first time counts; reading it again changes nothing). */
    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = at.truncatedTo(ChronoUnit.MILLIS);
        }
    }

    public boolean isRead() {
        return readAt != null;
    }

    /** Whether retention may delete it at {@code now}: read, and created more than {@link #RETENTION} ago. */
    public boolean expired(Instant now) {
        return readAt != null && createdAt.isBefore(retentionCutoff(now));
    }

    public static Instant retentionCutoff(Instant now) {
        return now.minus(RETENTION);
    }

    public long id() { return id; }
    public String recipient() { return recipient; }
    public String tenant() { return tenant; }
    public String messageKey() { return messageKey; }

    public List<String> arguments() {
        return arguments == null ? List.of() : Arrays.asList(arguments.split(SEPARATOR, -1));
    }

    public String link() { return link; }
    public Instant createdAt() { return createdAt; }
    public Instant readAt() { return readAt; }
}
