package org.parkportal.portal.container;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.pluto.container.om.portlet.PortletDefinition;
import org.parkportal.portal.navigation.PortalUrl;

/**
 * Reads and changes the render parameters of a window in a portal URL the way the window's portlet sees them:
 * its private parameters plus the page's public parameters under the identifiers its portlet.xml declares.
 */
public final class NavigationEditor {

    private final PortalUrl url;
    private final Map<String, PortalWindow> windows;

    public NavigationEditor(PortalUrl url, Map<String, PortalWindow> windows) {
        this.url = url;
        this.windows = windows;
    }

    PortalUrl url() {
        return url;
    }

    public Map<String, String[]> renderParameters(String windowId) {
        Map<String, String[]> all = new LinkedHashMap<>(privateParameters(windowId));
        all.putAll(publicParameters(windowId));
        return all;
    }

    Map<String, String[]> privateParameters(String windowId) {
        Map<String, String[]> copy = new LinkedHashMap<>();
        url.windowOrDefault(windowId).parameters().forEach((k, v) -> copy.put(k, v.clone()));
        return copy;
    }

    Map<String, String[]> publicParameters(String windowId) {
        Map<String, String[]> result = new LinkedHashMap<>();
        PortletDefinition portlet = definition(windowId);
        if (portlet != null) {
            for (String identifier : PublicParameters.identifiers(portlet)) {
                String[] values = url.publicParameters().get(PublicParameters.qname(portlet, identifier));
                if (values != null) {
                    result.put(identifier, values.clone());
                }
            }
        }
        return result;
    }

    boolean isPublic(String windowId, String name) {
        PortletDefinition portlet = definition(windowId);
        return portlet != null && PublicParameters.qname(portlet, name) != null;
    }

    /** The window's public parameters: identifier to the QName ("{namespace}local") the page shares them by. */
    public Map<String, String> publicParameterQNames(String windowId) {
        Map<String, String> qnames = new LinkedHashMap<>();
        PortletDefinition portlet = definition(windowId);
        if (portlet != null) {
            PublicParameters.identifiers(portlet).forEach(id -> qnames.put(id, PublicParameters.qname(portlet, id)));
        }
        return qnames;
    }

    Set<String> publicNames(String windowId) {
        PortletDefinition portlet = definition(windowId);
        return portlet == null ? Set.of() : Set.copyOf(PublicParameters.identifiers(portlet));
    }

    /** Sets a render parameter: public when the portlet declares the name public, else private to the window. */
    void setRender(String windowId, String name, String[] values) {
        String qname = qname(windowId, name);
        if (qname != null) {
            url.publicParameters().put(qname, values.clone());
        } else {
            url.window(windowId).parameters().put(name, values.clone());
        }
    }

    void removeRender(String windowId, String name) {
        String qname = qname(windowId, name);
        if (qname != null) {
            url.publicParameters().remove(qname);
        } else {
            url.window(windowId).parameters().remove(name);
        }
    }

    void clearPrivate(String windowId) {
        url.window(windowId).parameters().clear();
    }

    void clearPublic(String windowId) {
        PortletDefinition portlet = definition(windowId);
        if (portlet != null) {
            PublicParameters.identifiers(portlet)
                    .forEach(id -> url.publicParameters().remove(PublicParameters.qname(portlet, id)));
        }
    }

    private String qname(String windowId, String name) {
        PortletDefinition portlet = definition(windowId);
        return portlet == null ? null : PublicParameters.qname(portlet, name);
    }

    private PortletDefinition definition(String windowId) {
        PortalWindow window = windows.get(windowId);
        return window == null ? null : window.getPortletDefinition();
    }
}
