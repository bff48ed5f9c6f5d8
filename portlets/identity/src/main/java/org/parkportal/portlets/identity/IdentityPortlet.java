package org.parkportal.portlets.identity;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.jsp.jstl.core.Config;
import jakarta.servlet.jsp.jstl.fmt.LocalizationContext;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.portlet.GenericPortlet;
import javax.portlet.PortletException;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.parkportal.directory.application.DirectoryService;
import org.parkportal.directory.application.TenantContext;

/**
 * A portlet of the identity application: JSP views under {@code /WEB-INF/jsp/} that read the portlet's own bundle,
 * and the directory context's services. Pluto, not the server, creates portlet objects, so nothing is injected: the
 * services are looked up once through the references web.xml declares.
 */
public abstract class IdentityPortlet extends GenericPortlet {

    /** Where JSTL looks for a request-scoped default localization context. */
    private static final String FMT_CONTEXT_IN_REQUEST = Config.FMT_LOCALIZATION_CONTEXT + ".request";

    private DirectoryService directory;
    private TenantContext tenantContext;

    @Override
    public void init() throws PortletException {
        try {
            directory = InitialContext.doLookup("java:comp/env/ejb/DirectoryService");
            tenantContext = InitialContext.doLookup("java:comp/env/ejb/TenantContext");
        } catch (NamingException e) {
            throw new PortletException("The directory services are not bound (see WEB-INF/web.xml)", e);
        }
    }

    protected DirectoryService directory() {
        return directory;
    }

    protected TenantContext tenantContext() {
        return tenantContext;
    }

    protected void include(String view, RenderRequest request, RenderResponse response)
            throws PortletException, IOException {
        Locale locale = request.getLocale();
        request.setAttribute(FMT_CONTEXT_IN_REQUEST, new LocalizationContext(getResourceBundle(locale), locale));
        request.setAttribute("languages", Language.values());
        response.setContentType("text/html");
        getPortletContext().getRequestDispatcher("/WEB-INF/jsp/" + view).include(request, response);
    }
}
