package org.parkportal.directory.application.internal;

import static org.apache.directory.ldap.client.api.search.FilterBuilder.and;
import static org.apache.directory.ldap.client.api.search.FilterBuilder.contains;
import static org.apache.directory.ldap.client.api.search.FilterBuilder.equal;
import static org.apache.directory.ldap.client.api.search.FilterBuilder.or;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.apache.directory.api.ldap.extras.extended.pwdModify.PasswordModifyRequest;
import org.apache.directory.api.ldap.extras.extended.pwdModify.PasswordModifyRequestImpl;
import org.apache.directory.api.ldap.model.cursor.CursorException;
import org.apache.directory.api.ldap.model.cursor.EntryCursor;
import org.apache.directory.api.ldap.model.entry.Attribute;
import org.apache.directory.api.ldap.model.entry.DefaultEntry;
import org.apache.directory.api.ldap.model.entry.DefaultModification;
import org.apache.directory.api.ldap.model.entry.Entry;
import org.apache.directory.api.ldap.model.entry.Modification;
import org.apache.directory.api.ldap.model.entry.ModificationOperation;
import org.apache.directory.api.ldap.model.entry.Value;
import org.apache.directory.api.ldap.model.exception.LdapException;
import org.apache.directory.api.ldap.model.message.ExtendedResponse;
import org.apache.directory.api.ldap.model.message.ResultCodeEnum;
import org.apache.directory.api.ldap.model.message.SearchScope;
import org.apache.directory.api.ldap.model.name.Dn;
import org.apache.directory.api.ldap.model.name.Rdn;
import org.apache.directory.api.util.Strings;
import org.apache.directory.ldap.client.api.LdapConnection;
import org.apache.directory.ldap.client.api.search.FilterBuilder;
import org.parkportal.audit.application.AuditLog;
import org.parkportal.audit.domain.AuditAction;
import org.parkportal.workflow.application.ApprovalDecided;
import org.parkportal.workflow.domain.ApprovalStatus;
import org.parkportal.directory.application.DirectoryFailure;
import org.parkportal.directory.application.DirectoryFailure.Reason;
import org.parkportal.directory.application.DirectoryService;
import org.parkportal.directory.application.ProfileChoices;
import org.parkportal.directory.domain.Group;
import org.parkportal.directory.domain.NewPerson;
import org.parkportal.directory.domain.PasswordPolicy;
import org.parkportal.directory.domain.MembershipRequest;
import org.parkportal.directory.domain.Person;
import org.parkportal.directory.domain.Tenant;
import org.parkportal.directory.infrastructure.DirectoryConnections;
import org.parkportal.directory.infrastructure.DirectorySettings;

/**
 * The directory over LDAP. Every filter is built with the API's FilterBuilder, which escapes the values, so a
 * search text such as {@code *)(uid=*} is looked for literally. Profile operations act on the caller's own entry
 * (the caller comes from the EJB context, never from a parameter); management operations need the
 * administrators' group.
 */
@Stateless
@LocalBean // also a no-interface view, so that the observer method below is a business method (CDI requires it)
public class LdapDirectoryService implements DirectoryService {

    private static final Logger LOG = Logger.getLogger(LdapDirectoryService.class.getName());
    private static final String[] PERSON_ATTRIBUTES = {"uid", "cn", "displayName", "givenName", "sn", "mail",
        "preferredLanguage", "portalTheme", "portalTenant", "portalAccountDisabled", "objectClass"};
    private static final int MAX_RESULTS = 200;

    private final String adminGroup = System.getProperty("portal.admin.group", "portal-admins");

    @EJB
    private DirectoryConnections connections;

    @Resource
    private SessionContext context;

    @EJB
    private AuditLog audit;

    @EJB
    private ProfileChoices choices;

    @Override
    public Optional<Person> person(String uid) {
        return connections.withConnection(c -> entryOf(c, uid).map(LdapDirectoryService::person));
    }

    @Override
    public Optional<String> managerOf(String uid) {
        return connections.withConnection(c -> search(c, connections.settings().usersDn(),
                and(equal("objectClass", "inetOrgPerson"), equal("uid", uid)), "manager").stream().findFirst()
                .map(e -> value(e, "manager")).map(LdapDirectoryService::uidOf));
    }

    @Override
    public Person me() {
        return person(caller()).orElseThrow(() -> new DirectoryFailure(Reason.NOT_FOUND, "caller " + caller()));
    }

    @Override
    public void saveMyLanguage(String languageTag) {
        replaceOwn("preferredLanguage", languageTag);
        choices.remember(caller(), languageTag, null);
        audit.record(AuditAction.LANGUAGE_CHANGED, "user:" + caller(), languageTag);
    }

    @Override
    public void saveMyTheme(String theme) {
        replaceOwn("portalTheme", theme);
        choices.remember(caller(), null, theme);
        audit.record(AuditAction.THEME_CHANGED, "user:" + caller(), theme);
    }

    @Override
    public void changeMyPassword(String current, String replacement) {
        String uid = caller();
        if (PasswordPolicy.problem(replacement) != null) {
            throw new DirectoryFailure(Reason.PASSWORD_REJECTED, "the new password breaks the policy");
        }
        Dn dn = connections.withConnection(c -> requiredEntry(c, uid).getDn());
        if (!connections.passwordMatches(dn.getName(), current)) {
            audit.record(AuditAction.PASSWORD_CHANGED, "user:" + uid, "refused: wrong current password");
            throw new DirectoryFailure(Reason.WRONG_PASSWORD, "current password of " + uid);
        }
        setPassword(dn, replacement);
        audit.record(AuditAction.PASSWORD_CHANGED, "user:" + uid, null);
        LOG.info(() -> "Password changed by " + uid);
    }

    @Override
    public List<Tenant> tenants() {
        DirectorySettings s = connections.settings();
        return connections.withConnection(c -> search(c, s.tenantsDn(), equal("objectClass", "organization"),
                "o", "description").stream()
                .map(e -> new Tenant(value(e, "o"), value(e, "description") != null ? value(e, "description") : value(e, "o")))
                .toList());
    }

    @Override
    public Optional<Tenant> tenant(String key) {
        return tenants().stream().filter(t -> t.key().equals(key)).findFirst();
    }

    @Override
    public List<Person> findPeople(String text, int limit) {
        requireAdmin();
        String t = text == null ? "" : text.strip();
        FilterBuilder filter = t.isEmpty() ? equal("objectClass", "inetOrgPerson")
                : and(equal("objectClass", "inetOrgPerson"),
                      or(contains("uid", t), contains("cn", t), contains("mail", t)));
        return connections.withConnection(c -> search(c, connections.settings().usersDn(), filter, PERSON_ATTRIBUTES))
                .stream().map(LdapDirectoryService::person)
                .sorted(java.util.Comparator.comparing(Person::uid)).limit(bounded(limit)).toList();
    }

    @Override
    public List<Group> findGroups(String text, int limit) {
        requireAdmin();
        String t = text == null ? "" : text.strip();
        String name = connections.settings().groupName();
        FilterBuilder filter = t.isEmpty() ? equal("objectClass", "groupOfNames")
                : and(equal("objectClass", "groupOfNames"), or(contains(name, t), contains("description", t)));
        return connections.withConnection(c -> {
            List<Group> groups = new ArrayList<>();
            for (Entry e : search(c, connections.settings().groupsDn(), filter, name, "description", "member")) {
                groups.add(group(c, e));
            }
            return groups;
        }).stream().sorted(java.util.Comparator.comparing(Group::name)).limit(bounded(limit)).toList();
    }

    @Override
    public Optional<Group> group(String name) {
        requireAdmin();
        return connections.withConnection(c -> {
            Optional<Entry> entry = groupEntry(c, name);
            return entry.isEmpty() ? Optional.<Group>empty() : Optional.of(group(c, entry.get()));
        });
    }

    @Override
    public Person createPerson(NewPerson p) {
        requireAdmin();
        String problem = p.problem();
        if (problem != null) {
            throw new DirectoryFailure(problem.equals("password") ? Reason.PASSWORD_REJECTED : Reason.INVALID, problem);
        }
        if (tenant(p.tenant()).isEmpty()) {
            throw new DirectoryFailure(Reason.INVALID, "tenant");
        }
        connections.withConnection(c -> {
            if (entryOf(c, p.uid()).isPresent()) {
                throw new DirectoryFailure(Reason.ALREADY_EXISTS, p.uid());
            }
            Dn newDn = new Dn(new Rdn("uid", p.uid()), new Dn(connections.settings().usersDn()));
            Entry entry = new DefaultEntry(newDn);
            entry.add("objectClass", "top", "person", "organizationalPerson", "inetOrgPerson", "portalPerson");
            entry.add("uid", p.uid());
            entry.add("givenName", p.givenName().strip());
            entry.add("sn", p.surname().strip());
            entry.add("cn", p.givenName().strip() + " " + p.surname().strip());
            entry.add("displayName", p.givenName().strip() + " " + p.surname().strip());
            if (p.mail() != null && !p.mail().isBlank()) {
                entry.add("mail", p.mail().strip());
            }
            if (p.language() != null && !p.language().isBlank()) {
                entry.add("preferredLanguage", p.language());
            }
            entry.add("portalTenant", p.tenant());
            // With the entry, not by a Password Modify afterwards: ApacheDS refuses that operation for an entry
            // without a password, which left a user who could never sign in. Directories hash it on add by policy.
            entry.add("userPassword", Strings.getBytesUtf8(p.password()));
            c.add(entry);
            return newDn;
        });
        audit.record(AuditAction.USER_CREATED, "user:" + p.uid(), "tenant " + p.tenant());
        LOG.info(() -> "User " + p.uid() + " created by " + caller());
        return person(p.uid()).orElseThrow();
    }

    @Override
    public void addMember(String group, String uid) {
        changeMembership(group, uid, ModificationOperation.ADD_ATTRIBUTE);
    }

    @Override
    public void removeMember(String group, String uid) {
        changeMembership(group, uid, ModificationOperation.REMOVE_ATTRIBUTE);
    }

    @Override
    public void setDisabled(String uid, boolean disabled) {
        requireAdmin();
        if (uid.equals(caller()) && disabled) {
            throw new DirectoryFailure(Reason.NOT_ALLOWED, "administrators cannot disable themselves");
        }
        connections.withConnection(c -> {
            Entry entry = requiredEntry(c, uid);
            List<Modification> changes = new ArrayList<>();
            if (!entry.hasObjectClass("portalPerson")) {
                changes.add(new DefaultModification(ModificationOperation.ADD_ATTRIBUTE, "objectClass", "portalPerson"));
            }
            changes.add(new DefaultModification(ModificationOperation.REPLACE_ATTRIBUTE, "portalAccountDisabled",
                    disabled ? "TRUE" : "FALSE"));
            c.modify(entry.getDn(), changes.toArray(Modification[]::new));
            return null;
        });
        audit.record(disabled ? AuditAction.USER_DISABLED : AuditAction.USER_ENABLED, "user:" + uid, null);
        LOG.info(() -> "User " + uid + (disabled ? " disabled" : " enabled") + " by " + caller());
    }

    @Override
    public boolean reachable() {
        try {
            return connections.withConnection(c -> c.exists(new Dn(connections.settings().usersDn())));
        } catch (DirectoryFailure e) {
            return false;
        }
    }

    // ---------------------------------------------------------------- helpers

    /**
     * A membership request approved in the workflow: the member is added inside the deciding transaction, so a
     * failure here (directory down) rolls the decision back and the approver can try again. Only this service's
     * own request type is handled, and only approved ones.
     */
    public void grantApprovedMembership(@Observes ApprovalDecided decided) {
        if (!MembershipRequest.TYPE.equals(decided.requestType()) || decided.status() != ApprovalStatus.APPROVED) {
            return;
        }
        MembershipRequest request = MembershipRequest.parse(decided.requestId());
        addMemberUnchecked(request.group(), request.uid());
        audit.record(AuditAction.MEMBER_ADDED, "group:" + request.group(),
                "user:" + request.uid() + " (request approved by " + decided.decidedBy() + ")");
        LOG.info(() -> "Group " + request.group() + " + " + request.uid() + ", approved by " + decided.decidedBy());
    }

    private void changeMembership(String group, String uid, ModificationOperation operation) {
        requireAdmin();
        if (operation == ModificationOperation.ADD_ATTRIBUTE) {
            addMemberUnchecked(group, uid);
        } else {
            removeMemberUnchecked(group, uid);
        }
        boolean added = operation == ModificationOperation.ADD_ATTRIBUTE;
        audit.record(added ? AuditAction.MEMBER_ADDED : AuditAction.MEMBER_REMOVED, "group:" + group, "user:" + uid);
        LOG.info(() -> "Group " + group + (added ? " + " : " - ") + uid + " by " + caller());
    }

    private void addMemberUnchecked(String group, String uid) {
        modifyMembership(group, uid, ModificationOperation.ADD_ATTRIBUTE);
    }

    private void removeMemberUnchecked(String group, String uid) {
        modifyMembership(group, uid, ModificationOperation.REMOVE_ATTRIBUTE);
    }

    private void modifyMembership(String group, String uid, ModificationOperation operation) {
        connections.withConnection(c -> {
            Entry groupEntry = groupEntry(c, group).orElseThrow(() -> new DirectoryFailure(Reason.NOT_FOUND, group));
            Dn member = requiredEntry(c, uid).getDn();
            Attribute members = groupEntry.get("member");
            boolean present = members != null && members.contains(member.getName());
            if (operation == ModificationOperation.ADD_ATTRIBUTE && present
                    || operation == ModificationOperation.REMOVE_ATTRIBUTE && !present) {
                return null;
            }
            if (operation == ModificationOperation.REMOVE_ATTRIBUTE && members.size() == 1) {
                // groupOfNames must keep a member
                throw new DirectoryFailure(Reason.NOT_ALLOWED, "last member of " + group);
            }
            c.modify(groupEntry.getDn(), new DefaultModification(operation, "member", member.getName()));
            return null;
        });
    }

    private void replaceOwn(String attribute, String value) {
        String uid = caller();
        connections.withConnection(c -> {
            Entry entry = requiredEntry(c, uid);
            List<Modification> changes = new ArrayList<>();
            if (attribute.startsWith("portal") && !entry.hasObjectClass("portalPerson")) {
                changes.add(new DefaultModification(ModificationOperation.ADD_ATTRIBUTE, "objectClass", "portalPerson"));
            }
            changes.add(value == null || value.isBlank()
                    ? new DefaultModification(ModificationOperation.REMOVE_ATTRIBUTE, attribute)
                    : new DefaultModification(ModificationOperation.REPLACE_ATTRIBUTE, attribute, value));
            if (value == null && entry.get(attribute) == null) {
                return null;
            }
            c.modify(entry.getDn(), changes.toArray(Modification[]::new));
            return null;
        });
    }

    private void setPassword(Dn dn, String password) {
        connections.withConnection(c -> {
            PasswordModifyRequest request = new PasswordModifyRequestImpl();
            request.setUserIdentity(Strings.getBytesUtf8(dn.getName()));
            request.setNewPassword(Strings.getBytesUtf8(password));
            ExtendedResponse response = c.extended(request);
            if (response.getLdapResult().getResultCode() != ResultCodeEnum.SUCCESS) {
                LOG.warning(() -> "Password Modify refused for " + dn + ": " + response.getLdapResult());
                throw new DirectoryFailure(Reason.PASSWORD_REJECTED, "refused by the directory");
            }
            return null;
        });
    }

    private String caller() {
        String name = context.getCallerPrincipal().getName();
        if (name == null || name.equals("anonymous")) {
            throw new DirectoryFailure(Reason.NOT_ALLOWED, "no signed-in caller");
        }
        return name;
    }

    private void requireAdmin() {
        if (!context.isCallerInRole(adminGroup)) {
            throw new DirectoryFailure(Reason.NOT_ALLOWED, "not an administrator: " + context.getCallerPrincipal().getName());
        }
    }

    private Optional<Entry> entryOf(LdapConnection c, String uid) throws LdapException {
        List<Entry> found = search(c, connections.settings().usersDn(),
                and(equal("objectClass", "inetOrgPerson"), equal("uid", uid)), PERSON_ATTRIBUTES);
        return found.stream().findFirst();
    }

    private Entry requiredEntry(LdapConnection c, String uid) throws LdapException {
        return entryOf(c, uid).orElseThrow(() -> new DirectoryFailure(Reason.NOT_FOUND, uid));
    }

    private Optional<Entry> groupEntry(LdapConnection c, String name) throws LdapException {
        String attribute = connections.settings().groupName();
        return search(c, connections.settings().groupsDn(), and(equal("objectClass", "groupOfNames"),
                equal(attribute, name)), attribute, "description", "member").stream().findFirst();
    }

    private Group group(LdapConnection c, Entry e) throws LdapException {
        List<String> members = new ArrayList<>();
        Attribute member = e.get("member");
        if (member != null) {
            for (Value v : member) {
                Dn dn = new Dn(v.getString());
                Rdn rdn = dn.getRdn();
                members.add(rdn != null && "uid".equalsIgnoreCase(rdn.getType()) ? rdn.getValue() : v.getString());
            }
        }
        members.sort(null);
        return new Group(value(e, connections.settings().groupName()), value(e, "description"), members);
    }

    private static List<Entry> search(LdapConnection c, String base, FilterBuilder filter, String... attributes)
            throws LdapException {
        List<Entry> entries = new ArrayList<>();
        try (EntryCursor cursor = c.search(new Dn(base), filter.toString(), SearchScope.SUBTREE, attributes)) {
            while (cursor.next() && entries.size() < MAX_RESULTS) {
                entries.add(cursor.get());
            }
        } catch (CursorException | java.io.IOException e) {
            throw new LdapException("search below " + base + " failed", e);
        }
        return entries;
    }

    private static Person person(Entry e) {
        String display = value(e, "displayName") != null ? value(e, "displayName") : value(e, "cn");
        return new Person(value(e, "uid"), display, value(e, "givenName"), value(e, "sn"), value(e, "mail"),
                value(e, "preferredLanguage"), value(e, "portalTheme"), value(e, "portalTenant"),
                "TRUE".equalsIgnoreCase(value(e, "portalAccountDisabled")));
    }

    /** The uid of a person's DN (uid=bob,ou=people,...), or null when it is not a uid DN. */
    private static String uidOf(String dn) {
        try {
            Rdn rdn = new Dn(dn).getRdn();
            return rdn != null && "uid".equalsIgnoreCase(rdn.getType()) ? rdn.getValue() : null;
        } catch (org.apache.directory.api.ldap.model.exception.LdapInvalidDnException e) {
            return null;
        }
    }

    private static String value(Entry e, String attribute) {
        Attribute a = e.get(attribute);
        try {
            return a == null ? null : a.getString();
        } catch (LdapException binary) {
            return null;
        }
    }

    private static long bounded(int limit) {
        return Math.max(1, Math.min(limit, MAX_RESULTS));
    }

}
