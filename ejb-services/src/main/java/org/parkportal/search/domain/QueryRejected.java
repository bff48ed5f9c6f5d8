package org.parkportal.search.domain;

import jakarta.ejb.ApplicationException;
import java.util.Locale;

/**
 * The visitor's words cannot be searched as typed (an unclosed quote, a lone AND, too long). An application exception:
 * the portlet shows a translated sentence for the reason, the server log gets no stack trace.
 */
@ApplicationException(rollback = false)
public class QueryRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason { SYNTAX, TOO_LONG, TOO_COMPLEX }

    private final Reason reason;

    public QueryRejected(Reason reason, String detail) {
        super(reason.name().toLowerCase(Locale.ROOT) + ": " + detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
