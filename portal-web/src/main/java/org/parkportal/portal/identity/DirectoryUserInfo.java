package org.parkportal.portal.identity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.portlet.PortletRequest;
import org.apache.pluto.container.PortletWindow;
import org.apache.pluto.container.UserInfoService;
import org.apache.pluto.container.om.portlet.UserAttribute;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.authz.Attributes;

/**
 * JSR-286 user information (PortletRequest.USER_INFO) from the directory: the attributes Elytron read at
 * sign-in, under the standard P3P names (PLT.D). A portlet application receives only the attributes it declares
 * with {@code <user-attribute>} in portlet.xml; a guest gets none.
 */
public final class DirectoryUserInfo implements UserInfoService {

    /** P3P name -> how to read it from the identity. */
    private static final Map<String, Function<Attributes, String>> ATTRIBUTES = Map.of(
            "user.name.given", a -> a.getFirst("givenName"),
            "user.name.family", a -> a.getFirst("surname"),
            "user.name.nickName", a -> a.getFirst("displayName"),
            "user.home-info.online.email", a -> a.getFirst("mail"),
            "user.business-info.online.email", a -> a.getFirst("mail"),
            "user.language", a -> a.getFirst("preferredLanguage"),
            "parkportal.tenant", a -> a.getFirst("tenant"));

    @Override
    public Map<String, String> getUserInfo(PortletRequest request, PortletWindow window) {
        String user = request.getRemoteUser();
        SecurityDomain domain = SecurityDomain.getCurrent();
        SecurityIdentity identity = domain == null ? null : domain.getCurrentSecurityIdentity();
        if (user == null || identity == null || identity.isAnonymous()) {
            return null;
        }
        List<? extends UserAttribute> declared = window.getPortletDefinition().getApplication().getUserAttributes();
        Map<String, String> info = new LinkedHashMap<>();
        for (UserAttribute attribute : declared) {
            String name = attribute.getName();
            String value = name.equals("user.login.id") ? user
                    : ATTRIBUTES.getOrDefault(name, a -> null).apply(identity.getAttributes());
            if (value != null && !value.isBlank()) {
                info.put(name, value);
            }
        }
        return info;
    }
}
