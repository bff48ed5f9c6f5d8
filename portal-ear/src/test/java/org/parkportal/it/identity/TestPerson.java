package org.parkportal.it.identity;

import org.apache.directory.api.ldap.model.cursor.EntryCursor;
import org.apache.directory.api.ldap.model.entry.DefaultEntry;
import org.apache.directory.api.ldap.model.entry.DefaultModification;
import org.apache.directory.api.ldap.model.entry.Entry;
import org.apache.directory.api.ldap.model.entry.ModificationOperation;
import org.apache.directory.api.ldap.model.message.SearchScope;
import org.apache.directory.api.ldap.model.name.Dn;
import org.apache.directory.ldap.client.api.LdapConnection;
import org.parkportal.it.support.TestDirectory;

/**
 * A throw-away user of the test directory, so tests that change passwords, languages or accounts leave the demo users
 * as they are. Closing it deletes the entry and its group memberships, also when a test created it through the portal.
 */
final class TestPerson implements AutoCloseable {

    static final String PEOPLE = "ou=people,dc=parkportal,dc=org";
    private static final String GROUPS = "ou=groups,dc=parkportal,dc=org";

    private final String uid;
    private final String password;

    private TestPerson(String uid, String password) {
        this.uid = uid;
        this.password = password;
    }

    /** A new user of the company acme, English, with this password. */
    static TestPerson create(String uid, String password) throws Exception {
        removeIfPresent(uid);
        try (LdapConnection ldap = TestDirectory.adminConnection()) {
            Entry entry = new DefaultEntry(dn(uid),
                    "objectClass: top", "objectClass: person", "objectClass: organizationalPerson",
                    "objectClass: inetOrgPerson", "objectClass: portalPerson",
                    "uid", uid, "cn: Test " + uid, "givenName: Test", "sn", uid, "displayName: Test " + uid,
                    "mail", uid + "@acme.example", "preferredLanguage: en", "portalTenant: acme",
                    "userPassword", password);
            ldap.add(entry);
        }
        return new TestPerson(uid, password);
    }

    /** Stands for a user that the test is about to create through the portal; closing it removes that user. */
    static TestPerson toBeCreated(String uid) throws Exception {
        removeIfPresent(uid);
        return new TestPerson(uid, null);
    }

    String uid() {
        return uid;
    }

    String password() {
        return password;
    }

    static String dn(String uid) {
        return "uid=" + uid + "," + PEOPLE;
    }

    /** Records the person's manager (the directory's manager attribute), who approves their requests. */
    TestPerson reportingTo(String managerUid) throws Exception {
        try (LdapConnection ldap = TestDirectory.adminConnection()) {
            ldap.modify(dn(uid), new DefaultModification(ModificationOperation.ADD_ATTRIBUTE, "manager", dn(managerUid)));
        }
        return this;
    }

    /** Whether the person is a member of the group, as the directory has it now. */
    boolean memberOf(String group) throws Exception {
        try (LdapConnection ldap = TestDirectory.adminConnection()) {
            Entry entry = ldap.lookup("cn=" + group + "," + GROUPS, "member");
            return entry != null && entry.get("member") != null && entry.get("member").contains(dn(uid));
        }
    }

    /** An attribute of the entry as the directory has it now, or null. */
    String attribute(String name) throws Exception {
        try (LdapConnection ldap = TestDirectory.adminConnection()) {
            Entry entry = ldap.lookup(dn(uid), name);
            return entry == null || entry.get(name) == null ? null : entry.get(name).getString();
        }
    }

    @Override
    public void close() throws Exception {
        removeIfPresent(uid);
    }

    private static void removeIfPresent(String uid) throws Exception {
        try (LdapConnection ldap = TestDirectory.adminConnection()) {
            String member = dn(uid);
            try (EntryCursor groups = ldap.search(new Dn(GROUPS), "(member=" + member + ")", SearchScope.SUBTREE, "member")) {
                for (Entry group : groups) {
                    ldap.modify(group.getDn(), new DefaultModification(ModificationOperation.REMOVE_ATTRIBUTE, "member", member));
                }
            }
            if (ldap.exists(member)) {
                ldap.delete(member);
            }
        }
    }
}
