package org.parkportal.portal.container;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import javax.portlet.PortletRequest;
import org.apache.pluto.container.PortletActionResponseContext;
import org.apache.pluto.container.PortletContainer;
import org.apache.pluto.container.PortletEventResponseContext;
import org.apache.pluto.container.PortletHeaderResponseContext;
import org.apache.pluto.container.PortletRenderResponseContext;
import org.apache.pluto.container.PortletRequestContext;
import org.apache.pluto.container.PortletRequestContextService;
import org.apache.pluto.container.PortletResourceRequestContext;
import org.apache.pluto.container.PortletResourceResponseContext;
import org.apache.pluto.container.PortletWindow;

/** Creates the request and response contexts of each lifecycle phase. */
final class RequestContexts implements PortletRequestContextService {

    private final DependencyMarkup dependencies = new DependencyMarkup();

    @Override
    public PortletRequestContext getPortletActionRequestContext(PortletContainer c, HttpServletRequest rq,
                                                                HttpServletResponse rs, PortletWindow w) {
        return new PortalRequestContext(c, rq, rs, w, PortletRequest.ACTION_PHASE);
    }

    @Override
    public PortletRequestContext getPortletEventRequestContext(PortletContainer c, HttpServletRequest rq,
                                                               HttpServletResponse rs, PortletWindow w) {
        return new PortalRequestContext(c, rq, rs, w, PortletRequest.EVENT_PHASE);
    }

    @Override
    public PortletResourceRequestContext getPortletResourceRequestContext(PortletContainer c, HttpServletRequest rq,
                                                                          HttpServletResponse rs, PortletWindow w) {
        return new PortalResourceRequestContext(c, rq, rs, w);
    }

    @Override
    public PortletRequestContext getPortletHeaderRequestContext(PortletContainer c, HttpServletRequest rq,
                                                                HttpServletResponse rs, PortletWindow w) {
        return new PortalRequestContext(c, rq, rs, w, PortletRequest.HEADER_PHASE);
    }

    @Override
    public PortletRequestContext getPortletRenderRequestContext(PortletContainer c, HttpServletRequest rq,
                                                                HttpServletResponse rs, PortletWindow w) {
        return new PortalRequestContext(c, rq, rs, w, PortletRequest.RENDER_PHASE);
    }

    @Override
    public PortletActionResponseContext getPortletActionResponseContext(PortletContainer c, HttpServletRequest rq,
            HttpServletResponse rs, PortletWindow w, PortletRequestContext requestContext) {
        return new PortalStateAwareResponseContext(c, rq, rs, w);
    }

    @Override
    public PortletEventResponseContext getPortletEventResponseContext(PortletContainer c, HttpServletRequest rq,
            HttpServletResponse rs, PortletWindow w, PortletRequestContext requestContext) {
        return new PortalStateAwareResponseContext(c, rq, rs, w);
    }

    @Override
    public PortletResourceResponseContext getPortletResourceResponseContext(PortletContainer c, HttpServletRequest rq,
            HttpServletResponse rs, PortletWindow w, PortletRequestContext requestContext) {
        PortalResourceResponseContext responseContext = new PortalResourceResponseContext(c, rq, rs, w);
        // An asynchronous request closes its response context itself, when it completes.
        if (requestContext instanceof PortalResourceRequestContext resource) {
            resource.answeredBy(responseContext);
        }
        return responseContext;
    }

    @Override
    public PortletRenderResponseContext getPortletRenderResponseContext(PortletContainer c, HttpServletRequest rq,
            HttpServletResponse rs, PortletWindow w, PortletRequestContext requestContext) {
        return new PortalRenderResponseContext(c, rq, rs, w, dependencies);
    }

    @Override
    public PortletHeaderResponseContext getPortletHeaderResponseContext(PortletContainer c, HttpServletRequest rq,
            HttpServletResponse rs, PortletWindow w, PortletRequestContext requestContext) {
        return new PortalRenderResponseContext(c, rq, rs, w, dependencies);
    }
}
