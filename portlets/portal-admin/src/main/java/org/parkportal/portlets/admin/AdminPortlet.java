package org.parkportal.portlets.admin;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;

import jakarta.ejb.EJBException;

import javax.portlet.ActionRequest;
import javax.portlet.GenericPortlet;
import javax.portlet.PortletException;
import javax.portlet.PortletRequest;
import javax.portlet.PortletSession;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.parkportal.access.application.AccessService;
import org.parkportal.layout.application.PageAdministration;
import org.parkportal.layout.application.PageChangeRefused;
import org.parkportal.layout.application.PageService;
import org.parkportal.portlets.support.BackOffice;
import org.parkportal.portlets.support.PortletView;

/**
 * A portlet of the portal-admin application: JSP views under {@code /WEB-INF/jsp/} with the portlet's own bundle, and
 * the layout and access contexts.
 */
public abstract class AdminPortlet extends GenericPortlet {

    private static final String NOTICE = "notice";
    private static final Logger LOG = System.getLogger(AdminPortlet.class.getName());

    /** For the subclasses' own services too. */
    protected final BackOffice backOffice = new BackOffice();
    private final PortletView views = new PortletView(this);
    private PageAdministration administration;
    private PageService pages;
    private AccessService access;

    @Override
    public void init() throws PortletException {
        administration = backOffice.service("DefaultPageAdministration", PageAdministration.class);
        pages = backOffice.service("DefaultPageService", PageService.class);
        access = backOffice.service("DefaultAccessService", AccessService.class);
    }

    protected PageAdministration administration() {
        return administration;
    }

    protected PageService pages() {
        return pages;
    }

    protected AccessService access() {
        return access;
    }

    /** Runs an administrator's change and keeps its outcome for the next render: the success, or why it was refused. */
    protected void change(ActionRequest request, Runnable change, Notice success) {
        try {
            change.run();
            keep(request, success);
        } catch (PageChangeRefused refused) {
            LOG.log(Level.INFO, "Change by {0} refused: {1}", request.getRemoteUser(), refused.getMessage());
            keep(request, Notice.refused(refused.reason()));
        } catch (EJBException failure) {
            LOG.log(Level.WARNING, "Change by " + request.getRemoteUser() + " failed", failure);
            keep(request, Notice.problem("failed"));
        }
    }

    /** The outcome of an action waits in the window's portlet session (not in the URL) for the next render. */
    protected static void keep(PortletRequest request, Notice notice) {
        request.getPortletSession().setAttribute(NOTICE, notice, PortletSession.PORTLET_SCOPE);
    }

    protected void include(String view, RenderRequest request, RenderResponse response)
            throws PortletException, IOException {
        PortletSession session = request.getPortletSession(false);
        if (session != null && session.getAttribute(NOTICE, PortletSession.PORTLET_SCOPE) instanceof Notice notice) {
            session.removeAttribute(NOTICE, PortletSession.PORTLET_SCOPE);
            request.setAttribute(NOTICE, notice);
        }
        views.include(view, request, response);
    }

    /** A number from a form; -1 when it is none, so that the back office refuses it. */
    protected static int number(String value) {
        try {
            return value == null ? -1 : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
