package org.parkportal.layout.application;

import jakarta.ejb.ApplicationException;

/**
 * An administrator's change to the shared pages that is not allowed or not possible. The reason is what the admin
 * portlets translate; the detail (names, paths) is for the server log.
 */
@ApplicationException(rollback = true)
public class PageChangeRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** The caller may not manage the page (or, for catalogue portlets, is no administrator). */
        NOT_ALLOWED,
        NOT_FOUND,
        INVALID_NAME,
        /** A top-level name the portal's own addresses use. */
        RESERVED_NAME,
        /** A sibling page already has the name. */
        NAME_TAKEN,
        INVALID_TITLE,
        INVALID_LAYOUT,
        INVALID_THEME,
        INVALID_PORTLET,
        INVALID_COLUMN,
        /** A page cannot move under itself or one of its descendants. */
        MOVE_INTO_ITSELF
    }

    private final Reason reason;

    public PageChangeRefused(Reason reason, String detail) {
        super(reason + ": " + detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
