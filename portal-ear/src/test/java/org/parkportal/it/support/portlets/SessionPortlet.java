package org.parkportal.it.support.portlets;

import java.io.IOException;
import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;
import javax.portlet.GenericPortlet;
import javax.portlet.PortletSession;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

/**
 * Counts its actions twice in the portlet session: once in portlet scope (this window's own) and once in
 * application scope (shared by every window of the application in the visitor's session).
 */
public class SessionPortlet extends GenericPortlet {

    private static final String COUNT = "it.count";

    @Override
    public void processAction(ActionRequest request, ActionResponse response) {
        PortletSession session = request.getPortletSession();
        increment(session, PortletSession.PORTLET_SCOPE);
        increment(session, PortletSession.APPLICATION_SCOPE);
    }

    @Override
    protected void doView(RenderRequest request, RenderResponse response) throws IOException {
        PortletSession session = request.getPortletSession();
        response.setContentType("text/html");
        response.getWriter().write("<p class=\"it-window\">" + count(session, PortletSession.PORTLET_SCOPE) + "</p>"
                + "<p class=\"it-application\">" + count(session, PortletSession.APPLICATION_SCOPE) + "</p>"
                + "<form method=\"post\" action=\"" + response.createActionURL() + "\"><button>Count</button></form>");
    }

    private static void increment(PortletSession session, int scope) {
        session.setAttribute(COUNT, count(session, scope) + 1, scope);
    }

    private static int count(PortletSession session, int scope) {
        Object value = session.getAttribute(COUNT, scope);
        return value instanceof Integer i ? i : 0;
    }
}
