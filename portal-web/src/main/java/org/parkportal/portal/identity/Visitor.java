package org.parkportal.portal.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Set;
import java.util.TreeSet;
import org.parkportal.directory.application.ProfileChoices;
import org.parkportal.portal.driver.PortalRuntime;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.authz.Attributes;

/**
 * Who is asking: a guest, or a signed-in user with the groups, tenant and profile the directory gives them
 * (Elytron's ldap-realm maps them onto the security identity, see portal.cli).
 *
 * @param name        the login name (uid), null for a guest
 * @param displayName how the theme greets the user
 * @param groups      directory group names
 * @param tenant      key of the park company the user works for, null for a guest
 * @param language    the saved language (preferredLanguage), null when none
 * @param theme       the saved theme, null when none
 */
public record Visitor(String name, String displayName, Set<String> groups, String tenant, String language,
                      String theme) {

    public static final Visitor GUEST = new Visitor(null, null, Set.of(), null, null, null);
    private static final String ATTRIBUTE = Visitor.class.getName();

    public Visitor {
        groups = Set.copyOf(groups);
    }

    public boolean isGuest() {
        return name == null;
    }

    public boolean inGroup(String group) {
        return groups.contains(group);
    }

    /** The visitor of this request, read once from the security identity. */
    public static Visitor of(HttpServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) instanceof Visitor known) {
            return known;
        }
        Visitor visitor = read(request);
        request.setAttribute(ATTRIBUTE, visitor);
        return visitor;
    }

    private static Visitor read(HttpServletRequest request) {
        Principal principal = request.getUserPrincipal();
        if (principal == null) {
            return GUEST;
        }
        SecurityDomain domain = SecurityDomain.getCurrent();
        SecurityIdentity identity = domain == null ? null : domain.getCurrentSecurityIdentity();
        if (identity == null || identity.isAnonymous()) {
            return new Visitor(principal.getName(), principal.getName(), Set.of(), null, null, null);
        }
        Set<String> groups = new TreeSet<>();
        identity.getRoles().forEach(groups::add);
        Attributes attributes = identity.getAttributes();
        String displayName = first(attributes, "displayName");
        String language = first(attributes, "preferredLanguage");
        String theme = first(attributes, "theme");
        // A choice saved since sign-in (profile portlet, switcher) wins over what the identity was given then.
        PortalRuntime runtime = PortalRuntime.of(request.getServletContext());
        var saved = runtime == null ? java.util.Optional.<ProfileChoices.Choices>empty()
                : runtime.profileChoices().latest(principal.getName());
        if (saved.isPresent()) {
            language = saved.get().language() != null ? saved.get().language() : language;
            theme = saved.get().theme() != null ? saved.get().theme() : theme;
        }
        return new Visitor(principal.getName(), displayName != null ? displayName : principal.getName(), groups,
                first(attributes, "tenant"), language, theme);
    }

    private static String first(Attributes attributes, String key) {
        String value = attributes.getFirst(key);
        return value == null || value.isBlank() ? null : value;
    }
}
