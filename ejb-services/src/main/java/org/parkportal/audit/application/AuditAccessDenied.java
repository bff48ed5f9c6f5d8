package org.parkportal.audit.application;

import jakarta.ejb.ApplicationException;
import jakarta.ejb.EJBAccessException;

/**
 * A caller who is no administrator asked to read the audit log. An application exception: the caller is told,
 * and the server log is not filled with a stack trace for an expected refusal.
 */
@ApplicationException(rollback = false)
public class AuditAccessDenied extends EJBAccessException {

    private static final long serialVersionUID = 1L;

    public AuditAccessDenied() {
        super("the audit log is for administrators");
    }
}
