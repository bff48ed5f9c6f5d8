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
import org.parkportal.directory.application.MembershipRequests;
import org.parkportal.directory.application.TenantContext;

/**
 * A portlet of the identity application: JSP views under {@code /WEB-INF/jsp/} that read the portlet's own bundle,
 * and the directory context's services. Pluto, not the server, creates portlet objects, so nothing is injected; and it
 * initialises them on a timer thread where no java:comp of this WAR exists. So the services are looked up by their
 * java:global names, which the EAR keeps stable (application "portal", module "ejb-services", see portal-ear's pom).
 */
public abstract class IdentityPortlet extends GenericPortlet {

    /** Where JSTL looks for a request-scoped default localization context. */
    private static final String FMT_CONTEXT_IN_REQUEST = Config.FMT_LOCALIZATION_CONTEXT + ".request";

    static final String DIRECTORY_SERVICE = "java:global/portal/ejb-services/LdapDirectoryService!"
            + DirectoryService.class.getName();
    static final String TENANT_CONTEXT = "java:global/portal/ejb-services/IdentityTenantContext!"
            + TenantContext.class.getName();

    static final String MEMBERSHIP_REQUESTS = "java:global/portal/ejb-services/DefaultMembershipRequests!"
            + MembershipRequests.class.getName();

    private DirectoryService directory;
    private TenantContext tenantContext;
    private MembershipRequests membershipRequests;

    @Override
    public void init() throws PortletException {
        try {
            directory = InitialContext.doLookup(DIRECTORY_SERVICE);
            tenantContext = InitialContext.doLookup(TENANT_CONTEXT);
            membershipRequests = InitialContext.doLookup(MEMBERSHIP_REQUESTS);
        } catch (NamingException e) {
            throw new PortletException("The directory services of ejb-services are not deployed", e);
        }
    }

    protected DirectoryService directory() {
        return directory;
    }

    protected TenantContext tenantContext() {
        return tenantContext;
    }

    protected MembershipRequests membershipRequests() {
        return membershipRequests;
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
