package org.parkportal.notification.application;

import jakarta.ejb.ApplicationException;

/**
 * A notification operation that cannot be done; translated by its reason ({@link NotificationTexts#refusal}).
 * Somebody else's notification is NOT_FOUND, exactly like one that does not exist.
 */
@ApplicationException(rollback = true)
public class NotificationRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** No notification of that id that belongs to the caller. */
        NOT_FOUND
    }

    private final Reason reason;

    public NotificationRefused(Reason reason, String detail) {
        super(reason + ": " + detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
