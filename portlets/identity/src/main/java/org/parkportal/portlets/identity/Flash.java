package org.parkportal.portlets.identity;

import java.io.Serializable;

import javax.portlet.PortletRequest;
import javax.portlet.PortletSession;

/**
 * Hands an action's outcome to the next render of the same window, once. Kept in the window's portlet session rather
 * than in render parameters, so e-mail addresses and names typed into a form do not end up in URLs and access logs.
 */
public final class Flash {

    private Flash() {
    }

    public static void keep(PortletRequest request, String name, Serializable value) {
        request.getPortletSession().setAttribute(name, value, PortletSession.PORTLET_SCOPE);
    }

    /** The value kept for this render, removed so a reload does not show it again; null when none. */
    public static <T> T take(PortletRequest request, String name, Class<T> type) {
        PortletSession session = request.getPortletSession(false);
        if (session == null) {
            return null;
        }
        Object value = session.getAttribute(name, PortletSession.PORTLET_SCOPE);
        session.removeAttribute(name, PortletSession.PORTLET_SCOPE);
        return type.isInstance(value) ? type.cast(value) : null;
    }
}
