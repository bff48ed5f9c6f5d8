package org.parkportal.access.application.internal;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import java.util.Set;
import java.util.TreeSet;
import org.parkportal.access.application.CallerSubject;
import org.parkportal.access.domain.Subject;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;

/**
 * Reads the caller from the container, never from a parameter: the name from the EJB context, the groups from the
 * Elytron identity (the ldap-realm maps directory groups onto its roles, see portal.cli).
 */
@Stateless
public class IdentityCallerSubject implements CallerSubject {

    @Resource
    private SessionContext context;

    @Override
    public Subject current() {
        String name = context.getCallerPrincipal() == null ? null : context.getCallerPrincipal().getName();
        if (name == null || name.equals("anonymous")) {
            return Subject.GUEST;
        }
        SecurityDomain domain = SecurityDomain.getCurrent();
        SecurityIdentity identity = domain == null ? null : domain.getCurrentSecurityIdentity();
        Set<String> groups = new TreeSet<>();
        if (identity != null && !identity.isAnonymous()) {
            identity.getRoles().forEach(groups::add);
        }
        return new Subject(name, groups);
    }
}
