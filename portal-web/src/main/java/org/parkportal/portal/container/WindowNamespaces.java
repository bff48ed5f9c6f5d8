package org.parkportal.portal.container;

import org.apache.pluto.container.NamespaceMapper;
import org.apache.pluto.container.PortletWindowID;

/** Namespaces names (request attributes, markup ids) per window: "pp_WINDOW_name". */
public final class WindowNamespaces implements NamespaceMapper {

    /** The namespace of the window: the prefix of its names, and the id its portlet registers with the hub. */
    public static String prefix(String windowId) {
        return "pp_" + windowId.replace('-', '_') + "_";
    }

    @Override
    public String encode(PortletWindowID window, String name) {
        return prefix(window.getStringId()) + name;
    }

    @Override
    public String decode(PortletWindowID window, String name) {
        String prefix = prefix(window.getStringId());
        return name.startsWith(prefix) ? name.substring(prefix.length()) : null;
    }
}
