package org.parkportal.directory.application;

import jakarta.ejb.Local;
import java.util.List;
import java.util.Optional;
import org.parkportal.directory.domain.Group;
import org.parkportal.directory.domain.NewPerson;
import org.parkportal.directory.domain.Person;
import org.parkportal.directory.domain.Tenant;

/**
 * The people, groups and companies of the directory (LDAP, through the Apache Directory LDAP API with a
 * connection pool). The profile operations act on the caller only; the management operations are for portal
 * administrators. Search texts are escaped before they reach a filter.
 */
@Local
public interface DirectoryService {

    Optional<Person> person(String uid);

    /** The login name of the person's manager (the directory's manager attribute), if the directory names one. */
    Optional<String> managerOf(String uid);

    /** The caller's own entry. */
    Person me();

    void saveMyLanguage(String languageTag);

    void saveMyTheme(String theme);

    /** Checks the current password by binding with it, then sets the new one with the Password Modify operation. */
    void changeMyPassword(String current, String replacement);

    List<Tenant> tenants();

    Optional<Tenant> tenant(String key);

    // ---- administrators

    List<Person> findPeople(String text, int limit);

    List<Group> findGroups(String text, int limit);

    Optional<Group> group(String name);

    Person createPerson(NewPerson person);

    void addMember(String group, String uid);

    void removeMember(String group, String uid);

    void setDisabled(String uid, boolean disabled);

    /** Whether the directory answers (for /portal/health). */
    boolean reachable();
}
