package org.parkportal.layout.application;

import jakarta.ejb.ApplicationException;

/** A personalisation change that is not allowed or not possible, with a reason the portal translates. */
@ApplicationException(rollback = true)
public class LayoutChangeRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason { NOT_SIGNED_IN, NOT_FOUND, LOCKED, INVALID, ALREADY_EXISTS, LIMIT }

    private final Reason reason;

    public LayoutChangeRefused(Reason reason, String detail) {
        super(reason + ": " + detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
