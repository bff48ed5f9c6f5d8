package org.parkportal.portlets.identity;

import java.io.IOException;

import javax.portlet.GenericPortlet;
import javax.portlet.PortletException;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.parkportal.directory.application.DirectoryService;
import org.parkportal.directory.application.MembershipRequests;
import org.parkportal.directory.application.TenantContext;
import org.parkportal.portlets.support.BackOffice;
import org.parkportal.portlets.support.PortletView;

/**
 * A portlet of the identity application: JSP views under {@code /WEB-INF/jsp/} that read the portlet's own bundle,
 * and the directory context's services.
 */
public abstract class IdentityPortlet extends GenericPortlet {

    private final PortletView views = new PortletView(this);
    private DirectoryService directory;
    private TenantContext tenantContext;
    private MembershipRequests membershipRequests;

    @Override
    public void init() throws PortletException {
        BackOffice backOffice = new BackOffice();
        directory = backOffice.service("LdapDirectoryService", DirectoryService.class);
        tenantContext = backOffice.service("IdentityTenantContext", TenantContext.class);
        membershipRequests = backOffice.service("DefaultMembershipRequests", MembershipRequests.class);
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
        request.setAttribute("languages", Language.values());
        views.include(view, request, response);
    }
}
