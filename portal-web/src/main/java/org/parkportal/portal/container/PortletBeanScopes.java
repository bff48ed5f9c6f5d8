package org.parkportal.portal.container;

import javax.portlet.PortletConfig;
import javax.portlet.ResourceRequest;
import javax.portlet.ResourceResponse;
import org.apache.pluto.container.bean.processor.PortletArtifactProducer;
import org.apache.pluto.container.bean.processor.PortletRequestScopedBeanHolder;
import org.apache.pluto.container.bean.processor.PortletSessionBeanHolder;
import org.apache.pluto.container.bean.processor.PortletStateScopedBeanHolder;
import org.apache.pluto.container.bean.processor.RedirectScopedBeanHolder;

/**
 * The CDI portlet scopes of one asynchronous resource request. Pluto keeps them in thread locals of the thread
 * that runs the portlet; when the request leaves that thread (the portlet method returned with async started)
 * they are taken along and put on whichever thread continues it: the runnable's, a dispatch's, a listener's.
 * Without CDI in the portlet's application the holders are null and moving them costs nothing.
 */
final class PortletBeanScopes {

    private final ResourceRequest request;
    private final ResourceResponse response;
    private final PortletConfig config;
    private PortletSessionBeanHolder session;
    private PortletStateScopedBeanHolder state;
    private PortletRequestScopedBeanHolder requestScope;
    private RedirectScopedBeanHolder redirect;

    PortletBeanScopes(ResourceRequest request, ResourceResponse response, PortletConfig config) {
        this.request = request;
        this.response = response;
        this.config = config;
    }

    /** Puts the scopes on the current thread. */
    synchronized void enter() {
        PortletSessionBeanHolder.register(session);
        PortletStateScopedBeanHolder.register(state);
        PortletRequestScopedBeanHolder.register(requestScope);
        RedirectScopedBeanHolder.register(redirect);
        PortletArtifactProducer.setPrecursors(request, response, config);
    }

    /**
     * For listeners, which may be called on the thread that still runs the request (complete() from the
     * runnable): enters only when the thread has no request scope yet, and says whether it did.
     */
    boolean enterUnlessPresent() {
        if (PortletRequestScopedBeanHolder.getBeanHolder() != null) {
            return false;
        }
        enter();
        return true;
    }

    /** Takes the scopes off the current thread and keeps them for the next one. */
    synchronized void leave() {
        session = PortletSessionBeanHolder.deregister();
        state = PortletStateScopedBeanHolder.deregister();
        requestScope = PortletRequestScopedBeanHolder.deregister();
        redirect = RedirectScopedBeanHolder.deregister();
        PortletArtifactProducer.remove();
    }

    /** The request is over: its request-scoped beans are destroyed, as after a synchronous resource request. */
    synchronized void end() {
        enterUnlessPresent();
        PortletRequestScopedBeanHolder.removeBeanHolder();
        PortletSessionBeanHolder.removeBeanHolder();
        RedirectScopedBeanHolder.removeBeanHolder(false);
        PortletStateScopedBeanHolder.removeBeanHolder(null);
        PortletArtifactProducer.remove();
        session = null;
        state = null;
        requestScope = null;
        redirect = null;
    }
}
