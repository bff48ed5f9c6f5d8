package org.parkportal.portlets.admin;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Locale;

import jakarta.ejb.EJBException;
import jakarta.servlet.jsp.jstl.core.Config;
import jakarta.servlet.jsp.jstl.fmt.LocalizationContext;

import javax.naming.InitialContext;
import javax.naming.NamingException;
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

/**
 * A portlet of the portal-admin application: JSP views under {@code /WEB-INF/jsp/} with the portlet's own bundle, and
 * the layout and access contexts. Pluto creates portlets itself (no injection, and init runs on a timer thread
 * without this WAR's java:comp), so the services are looked up by their java:global names.
 */
public abstract class AdminPortlet extends GenericPortlet {

    private static final String FMT_CONTEXT_IN_REQUEST = Config.FMT_LOCALIZATION_CONTEXT + ".request";
    private static final String NOTICE = "notice";
    private static final String SERVICES = "java:global/portal/ejb-services/";
    private static final Logger LOG = System.getLogger(AdminPortlet.class.getName());

    private PageAdministration administration;
    private PageService pages;
    private AccessService access;

    @Override
    public void init() throws PortletException {
        try {
            administration = InitialContext.doLookup(SERVICES + "DefaultPageAdministration!"
                    + PageAdministration.class.getName());
            pages = InitialContext.doLookup(SERVICES + "DefaultPageService!" + PageService.class.getName());
            access = InitialContext.doLookup(SERVICES + "DefaultAccessService!" + AccessService.class.getName());
        } catch (NamingException e) {
            throw new PortletException("The layout and access services of ejb-services are not deployed", e);
        }
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
        Locale locale = request.getLocale();
        request.setAttribute(FMT_CONTEXT_IN_REQUEST, new LocalizationContext(getResourceBundle(locale), locale));
        response.setContentType("text/html");
        getPortletContext().getRequestDispatcher("/WEB-INF/jsp/" + view).include(request, response);
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
