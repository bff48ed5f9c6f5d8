package org.parkportal.access.application;

import jakarta.ejb.Local;
import org.parkportal.access.domain.AccessRules;
import org.parkportal.access.domain.Action;
import org.parkportal.access.domain.Grants;
import org.parkportal.access.domain.ProtectedResource;
import org.parkportal.access.domain.Subject;

/**
 * Who may view, customise and manage which page, window and catalogue portlet. Reads come from memory (every
 * request asks); members of the administrators' group ({@code portal.admin.group}, default portal-admins) may do
 * everything everywhere.
 */
@Local
public interface AccessService {

    boolean allows(Subject subject, Action action, ProtectedResource resource);

    /** All grants as they are now, for a request to check many resources without a call each. */
    AccessRules rules();

    /** Whether the subject is in the administrators' group, who may do everything everywhere. */
    boolean isAdministrator(Subject subject);

    Grants grants(ProtectedResource resource);

    /**
     * Makes the resource's grants exactly these; returns whether anything changed. Unchecked: for the page-set import
     * (which runs for the system, without a user) and for services that checked the caller themselves (the admin
     * portlets go through layout's PageAdministration).
     */
    boolean replaceGrants(ProtectedResource resource, Grants grants);

    /** Changes whenever a grant changes; pages cached for a user are keyed by it. */
    long version();
}
