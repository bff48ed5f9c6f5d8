package org.parkportal.portal.container;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;
import javax.portlet.EventRequest;
import javax.portlet.EventResponse;
import javax.portlet.HeaderRequest;
import javax.portlet.HeaderResponse;
import javax.portlet.PortletException;
import javax.portlet.PortletRequest;
import javax.portlet.PortletResponse;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;
import javax.portlet.ResourceRequest;
import javax.portlet.ResourceResponse;
import org.apache.pluto.container.FilterManager;
import org.apache.pluto.container.PortletContainerException;
import org.apache.pluto.container.PortletInvokerService;
import org.apache.pluto.container.PortletRequestContext;
import org.apache.pluto.container.PortletWindow;
import org.apache.pluto.container.driver.DriverPortletContext;

/**
 * Calls a portlet: a cross-context dispatch into the portlet's WAR, to the invoker servlet Pluto registered there
 * at /PlutoInvoker/PORTLET, with the portlet request and response as request attributes.
 */
final class PortletInvoker implements PortletInvokerService {

    private final PortletApplications applications;

    PortletInvoker(PortletApplications applications) {
        this.applications = applications;
    }

    @Override
    public void action(PortletRequestContext c, ActionRequest rq, ActionResponse rs, FilterManager f)
            throws IOException, PortletException, PortletContainerException {
        invoke(c, rq, rs, f, METHOD_ACTION);
    }

    @Override
    public void event(PortletRequestContext c, EventRequest rq, EventResponse rs, FilterManager f)
            throws IOException, PortletException, PortletContainerException {
        invoke(c, rq, rs, f, METHOD_EVENT);
    }

    @Override
    public void render(PortletRequestContext c, RenderRequest rq, RenderResponse rs, FilterManager f)
            throws IOException, PortletException, PortletContainerException {
        invoke(c, rq, rs, f, METHOD_RENDER);
    }

    @Override
    public void header(PortletRequestContext c, HeaderRequest rq, HeaderResponse rs, FilterManager f)
            throws IOException, PortletException, PortletContainerException {
        invoke(c, rq, rs, f, METHOD_HEADER);
    }

    @Override
    public void serveResource(PortletRequestContext c, ResourceRequest rq, ResourceResponse rs, FilterManager f)
            throws IOException, PortletException, PortletContainerException {
        invoke(c, rq, rs, f, METHOD_RESOURCE);
    }

    @Override
    public void load(PortletRequestContext c, PortletRequest rq, PortletResponse rs)
            throws IOException, PortletException, PortletContainerException {
        invoke(c, rq, rs, null, METHOD_LOAD);
    }

    @Override
    public void admin(PortletRequestContext c, PortletRequest rq, PortletResponse rs)
            throws IOException, PortletException, PortletContainerException {
        invoke(c, rq, rs, null, METHOD_ADMIN);
    }

    private void invoke(PortletRequestContext context, PortletRequest request, PortletResponse response,
                        FilterManager filters, Integer method)
            throws IOException, PortletException, PortletContainerException {
        PortletWindow window = context.getPortletWindow();
        DriverPortletContext portletContext = applications.getPortletContext(window);
        if (portletContext == null) {
            throw new PortletContainerException("Portlet application of window " + window.getId().getStringId()
                    + " is not deployed");
        }
        String uri = URIPREFIX + window.getPortletDefinition().getPortletName();
        RequestDispatcher dispatcher = portletContext.getServletContext().getRequestDispatcher(uri);
        if (dispatcher == null) {
            throw new PortletContainerException("No invoker servlet at " + uri);
        }
        HttpServletRequest containerRequest = context.getContainerRequest();
        containerRequest.setAttribute(METHOD_ID, method);
        containerRequest.setAttribute(PORTLET_REQUEST, request);
        containerRequest.setAttribute(PORTLET_RESPONSE, response);
        containerRequest.setAttribute(FILTER_MANAGER, filters);
        try {
            if (METHOD_RESOURCE.equals(method)) {
                dispatcher.forward(containerRequest, context.getContainerResponse());
            } else {
                dispatcher.include(containerRequest, context.getContainerResponse());
            }
        } catch (ServletException e) {
            Throwable cause = e.getRootCause() != null ? e.getRootCause() : e;
            if (cause instanceof PortletException pe) {
                throw pe;
            }
            throw new PortletException(cause);
        } finally {
            // An asynchronous resource request still needs them to dispatch back to the portlet.
            if (!containerRequest.isAsyncStarted()) {
                forgetInvocation(containerRequest);
            }
        }
    }

    /** Removes what invoke() left on the container request for the invoker servlet. */
    static void forgetInvocation(HttpServletRequest containerRequest) {
        containerRequest.removeAttribute(METHOD_ID);
        containerRequest.removeAttribute(PORTLET_REQUEST);
        containerRequest.removeAttribute(PORTLET_RESPONSE);
        containerRequest.removeAttribute(FILTER_MANAGER);
    }
}
