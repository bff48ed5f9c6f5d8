package org.parkportal.analytics.application;

import jakarta.ejb.ApplicationException;
import jakarta.ejb.EJBAccessException;

/** A caller who is no administrator asked for the usage reports; an expected refusal, not a system failure. */
@ApplicationException(rollback = false)
public class AnalyticsAccessDenied extends EJBAccessException {

    private static final long serialVersionUID = 1L;

    public AnalyticsAccessDenied() {
        super("usage reports are for administrators");
    }
}
