package org.parkportal.directory.application;

import jakarta.ejb.ApplicationException;

/**
 * A directory operation that could not be done, with a reason the portlets translate. Never carries LDAP
 * details to the user; the server log has them.
 */
@ApplicationException(rollback = false)
public class DirectoryFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason { UNAVAILABLE, NOT_FOUND, ALREADY_EXISTS, WRONG_PASSWORD, PASSWORD_REJECTED, INVALID, NOT_ALLOWED }

    private final Reason reason;

    public DirectoryFailure(Reason reason, String detail) {
        super(reason + ": " + detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
