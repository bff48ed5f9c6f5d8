package org.parkportal.search.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.List;
import org.parkportal.directory.application.DirectoryService;
import org.parkportal.directory.domain.Person;

/**
 * Everybody in the directory, for the people search. Listing the directory is an administrator's operation of the
 * directory context; the index reads it on a timer, without a caller, hence the run-as role (the default name of
 * the administrators' group, portal.admin.group).
 */
@Stateless
@RunAs("portal-admins")
// A run-as role makes the bean secured, and WildFly denies unannotated methods of secured beans; the index's poll
// calls it without a caller. Only the search context reaches this internal bean.
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DirectoryPeople {

    static final int MAX_PEOPLE = 20_000;

    @EJB
    private DirectoryService directory;

    public List<Person> everybody() {
        return directory.findPeople("", MAX_PEOPLE);
    }
}
