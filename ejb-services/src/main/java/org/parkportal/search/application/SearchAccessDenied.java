package org.parkportal.search.application;

import jakarta.ejb.ApplicationException;
import jakarta.ejb.EJBAccessException;

/** A caller who is no administrator asked to rebuild the index: told so, without a stack trace in the log. */
@ApplicationException(rollback = true)
public class SearchAccessDenied extends EJBAccessException {

    private static final long serialVersionUID = 1L;

    public SearchAccessDenied() {
        super("rebuilding the search index is for administrators");
    }
}
