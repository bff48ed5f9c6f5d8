package org.parkportal.portlets.reception;

import java.io.IOException;
import java.io.Serializable;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;

import javax.portlet.Event;
import javax.portlet.EventRequest;
import javax.portlet.EventResponse;
import javax.portlet.GenericPortlet;
import javax.portlet.PortletException;
import javax.portlet.PortletSession;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;
import javax.xml.namespace.QName;

import org.parkportal.portlets.support.PortletView;

/**
 * Lists the visitors announced by other portlet applications through the {@code visitorArrived} event;
 * it lives in its own WAR to prove that events cross application boundaries.
 */
public class ReceptionDeskPortlet extends GenericPortlet {

    static final QName VISITOR_ARRIVED = new QName("http://parkportal.org/events", "visitorArrived");
    static final String VISITORS = "reception.visitors";
    static final String LAST = "last";
    /** Same bound as the sender's form; an oversized payload from some other sender is cut, not refused. */
    static final int MAX_NAME_LENGTH = 80;

    private static final Logger LOG = System.getLogger(ReceptionDeskPortlet.class.getName());

    private final PortletView view = new PortletView(this);

    @Override
    public void processEvent(EventRequest request, EventResponse response) throws PortletException, IOException {
        Event event = request.getEvent();
        String name = visitorName(event.getQName(), event.getValue());
        if (name == null) {
            LOG.log(Level.DEBUG, "Ignored event {0} without a usable visitor name", event.getQName());
            return;
        }
        PortletSession session = request.getPortletSession();
        // Last write wins if two events for one user arrive at once; a lost line on a demo desk is acceptable.
        session.setAttribute(VISITORS, VisitorLog.appended(visitors(session), name), PortletSession.APPLICATION_SCOPE);
        response.getRenderParameters().setValue(LAST, name);
    }

    @Override
    protected void doView(RenderRequest request, RenderResponse response) throws PortletException, IOException {
        request.setAttribute("last", request.getRenderParameters().getValue(LAST));
        request.setAttribute("visitors", VisitorLog.newestFirst(visitors(request.getPortletSession(false))));
        view.include("reception-desk.jsp", request, response);
    }

    /** The payload is declared as java.lang.String; anything else (or blank) is not a visitor. */
    static String visitorName(QName qname, Serializable value) {
        if (!VISITOR_ARRIVED.equals(qname) || !(value instanceof String text) || text.isBlank()) {
            return null;
        }
        String name = text.strip();
        return name.codePointCount(0, name.length()) <= MAX_NAME_LENGTH
                ? name
                : name.substring(0, name.offsetByCodePoints(0, MAX_NAME_LENGTH));
    }

    @SuppressWarnings("unchecked")
    private static List<String> visitors(PortletSession session) {
        if (session == null) {
            return List.of();
        }
        Object stored = session.getAttribute(VISITORS, PortletSession.APPLICATION_SCOPE);
        return stored instanceof List<?> list ? (List<String>) list : List.of();
    }
}
