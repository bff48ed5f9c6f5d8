package org.parkportal.access.application;

import jakarta.ejb.Local;
import org.parkportal.access.domain.Subject;

/** The EJB caller as the access context sees them: their login name and directory groups, or a guest. */
@Local
public interface CallerSubject {

    Subject current();
}
