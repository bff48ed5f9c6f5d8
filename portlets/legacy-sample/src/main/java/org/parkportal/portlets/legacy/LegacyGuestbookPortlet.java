package org.parkportal.portlets.legacy;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;
import javax.portlet.GenericPortlet;
import javax.portlet.PortletException;
import javax.portlet.PortletRequest;
import javax.portlet.PortletSession;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;
import javax.portlet.ResourceRequest;
import javax.portlet.ResourceResponse;
import javax.xml.namespace.QName;

/**
 * A plain JSR-286 guestbook, written against the Portlet 2.0 API only: the portal must run it unchanged after its
 * legacy deployer has moved the WAR to the jakarta namespace. Signing also publishes {@code visitorArrived},
 * so the reception desk of another portlet application hears about the guest.
 */
public class LegacyGuestbookPortlet extends GenericPortlet {

    static final QName VISITOR_ARRIVED = new QName("http://parkportal.org/events", "visitorArrived");
    static final String ENTRIES = "guestbook.entries";
    static final String COUNT_RESOURCE = "count";

    private static final Logger LOG = Logger.getLogger(LegacyGuestbookPortlet.class.getName());

    @Override
    public void processAction(ActionRequest request, ActionResponse response) throws PortletException, IOException {
        String author = request.getParameter("author");
        String message = request.getParameter("message");
        GuestbookEntry.Result result = GuestbookEntry.of(author, message, Instant.now());
        Optional<GuestbookEntry> entry = result.entry();
        if (!entry.isPresent()) {
            response.setRenderParameter("problem", result.problemKey().get());
            response.setRenderParameter("draftAuthor", author == null ? "" : author);
            response.setRenderParameter("draftMessage", message == null ? "" : message);
            return;
        }
        PortletSession session = request.getPortletSession();
        session.setAttribute(ENTRIES, guestbook(session).signedBy(entry.get()), PortletSession.APPLICATION_SCOPE);
        response.setEvent(VISITOR_ARRIVED, entry.get().getAuthor());
        LOG.log(Level.FINE, "Guestbook signed; published {0}", VISITOR_ARRIVED);
    }

    @Override
    protected void doView(RenderRequest request, RenderResponse response) throws PortletException, IOException {
        request.setAttribute("guestbook", guestbook(request.getPortletSession(false)));
        request.setAttribute("timeFormat", DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(request.getLocale()).withZone(ZoneId.systemDefault()));
        String problem = request.getParameter("problem");
        if (GuestbookEntry.isProblemKey(problem)) {
            request.setAttribute("problemKey", problem);
        }
        response.setContentType("text/html");
        getPortletContext().getRequestDispatcher("/WEB-INF/jsp/guestbook.jsp").include(request, response);
    }

    @Override
    public void serveResource(ResourceRequest request, ResourceResponse response) throws PortletException, IOException {
        if (!COUNT_RESOURCE.equals(request.getResourceID())) {
            response.setProperty(ResourceResponse.HTTP_STATUS_CODE, "404");
            return;
        }
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        response.setProperty("Cache-Control", "no-store");
        response.getWriter().write(Integer.toString(guestbook(request.getPortletSession(false)).size()));
    }

    static Guestbook guestbook(PortletSession session) {
        Object stored = session == null ? null : session.getAttribute(ENTRIES, PortletSession.APPLICATION_SCOPE);
        return stored instanceof Guestbook ? (Guestbook) stored : Guestbook.empty();
    }

    /** For the JSP: the request's draft parameter, never null. */
    public static String draft(PortletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null ? "" : value;
    }
}
