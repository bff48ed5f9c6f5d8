package org.parkportal.portal.container;

import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import javax.portlet.PortletRequest;
import javax.portlet.ResourceParameters;
import javax.portlet.ResourceRequest;
import javax.portlet.ResourceResponse;
import javax.portlet.ResourceURL;
import org.apache.pluto.container.PortletAsyncManager;
import org.apache.pluto.container.PortletContainer;
import org.apache.pluto.container.PortletInvokerService;
import org.apache.pluto.container.PortletResourceRequestContext;
import org.apache.pluto.container.PortletWindow;
import org.apache.pluto.container.impl.HttpServletPortletRequestWrapper;
import org.apache.pluto.container.impl.HttpServletPortletResponseWrapper;
import org.apache.pluto.container.impl.ResourceParametersImpl;
import org.apache.pluto.container.impl.ServletPortletSessionProxy;

/**
 * A resource request (serveResource): no page is rendered, the portlet writes the response itself.
 * A portlet with async-supported may call startPortletAsync: the servlet request in the portlet's WAR is then put
 * in asynchronous mode (the portal's servlet and Pluto's invoker servlet both support it), the response stays open
 * after the portlet method returns, and a {@link PortalAsyncContext} carries the request until complete(), a
 * dispatch or the timeout ends it. For other portlets isAsyncSupported() is false and startPortletAsync throws
 * IllegalStateException.
 */
final class PortalResourceRequestContext extends PortalRequestContext implements PortletResourceRequestContext {

    private ResourceResponse response;
    private BeanManager beanManager;
    private PortalResourceResponseContext responseContext;
    /** Read by the threads that continue an asynchronous request. */
    private volatile PortalAsyncContext async;

    PortalResourceRequestContext(PortletContainer container, HttpServletRequest request,
                                 HttpServletResponse response, PortletWindow window) {
        super(container, request, response, window, PortletRequest.RESOURCE_PHASE);
    }

    @Override public String getResourceID() { return state.url().resourceId(); }

    @Override
    public String getCacheability() {
        String c = state.url().cacheability();
        return c != null ? c : ResourceURL.PAGE;
    }

    @Override
    public Map<String, String[]> getPrivateRenderParameterMap() {
        return editor().privateParameters(getPortletWindow().getId().getStringId());
    }

    @Override
    public Map<String, String[]> getPrivateParameterMap() {
        Map<String, String[]> parameters = super.getPrivateParameterMap();
        state.url().targetParameters().forEach((k, v) -> parameters.put(k, v.clone()));
        return parameters;
    }

    @Override
    public ResourceParameters getResourceParameters() {
        return new ResourceParametersImpl(provider(), getPortletWindow().getId().getStringId());
    }

    @Override public ResourceResponse getResponse() { return response; }
    @Override public void setResponse(ResourceResponse response) { this.response = response; }

    /** The portlet's async-supported flag, from portlet.xml or @PortletConfiguration. */
    @Override
    public boolean isAsyncSupported() {
        return getPortletWindow().getPortletDefinition().isAsyncSupported();
    }

    @Override
    public boolean isAsyncStarted() {
        return isAsyncSupported() && getServletRequest().isAsyncStarted();
    }

    @Override
    public AsyncContext startAsync(ResourceRequest request) {
        return startAsync(request, response, true);
    }

    /**
     * Starts (or, after an async dispatch, restarts) asynchronous processing on the portlet's servlet request,
     * wrapped so that a servlet reached by dispatch(path) sees the portlet's request and writes to its response.
     */
    @Override
    public AsyncContext startAsync(ResourceRequest request, ResourceResponse response, boolean original) {
        requireAsyncSupport();
        if (async != null && async.isComplete()) {
            throw new IllegalStateException("Asynchronous processing of this request has completed");
        }
        // Found by the invoker servlet and by servlets and JSPs the portlet dispatches to, also when wrapped.
        request.setAttribute(PortletInvokerService.PORTLET_CONFIG, getPortletConfig());
        request.setAttribute(PortletInvokerService.PORTLET_REQUEST, request);
        request.setAttribute(PortletInvokerService.PORTLET_RESPONSE, response);

        HttpServletRequest wrapped = getAsyncServletRequest();
        if (wrapped == null) {
            HttpServletPortletRequestWrapper wrapper = new HttpServletPortletRequestWrapper(getServletRequest(),
                    getSession(), request);
            wrapper.startAsyncProcessing();
            wrapped = wrapper;
        }
        HttpServletResponse wrappedResponse = new HttpServletPortletResponseWrapper(getServletResponse(), request,
                response, false);
        if (async == null) {
            async = new PortalAsyncContext(getServletRequest().startAsync(wrapped, wrappedResponse), this, request,
                    response, original);
        } else {
            async.reopen();
            async.setWrapped(getServletRequest().startAsync(wrapped, wrappedResponse));
        }
        return async;
    }

    /** Called through our request wrapper by a servlet the portlet dispatched to. */
    @Override
    public AsyncContext startAsync() {
        requireRestartable();
        async.reopen();
        async.setWrapped(getServletRequest().startAsync());
        return async;
    }

    /** Called through our request wrapper by a servlet the portlet dispatched to. */
    @Override
    public AsyncContext startAsync(ServletRequest request, ServletResponse response) {
        requireRestartable();
        async.reopen();
        async.setWrapped(getServletRequest().startAsync(request, response));
        return async;
    }

    /** The portlet's async context while it is in asynchronous mode; null otherwise, as the TCK expects. */
    @Override
    public AsyncContext getAsyncContext() {
        return async == null || async.isComplete() || !isAsyncSupported() ? null : async;
    }

    /** The portlet returned with async started: the context stops taking listeners. */
    @Override
    public void setExecutingRequestBody(boolean executing) {
        if (async != null && !executing) {
            async.setContextInactive();
        }
        super.setExecutingRequestBody(executing);
    }

    void answeredBy(PortalResourceResponseContext responseContext) {
        this.responseContext = responseContext;
    }

    /** Asynchronous processing completed: the response context is closed as after a synchronous request. */
    void closeResponse() {
        if (responseContext != null) {
            responseContext.close();
            responseContext.release();
        }
    }

    private void requireAsyncSupport() {
        if (!isAsyncSupported()) {
            throw new IllegalStateException("Portlet " + getPortletWindow().getPortletDefinition().getPortletName()
                    + " does not support asynchronous processing (async-supported)");
        }
    }

    private void requireRestartable() {
        requireAsyncSupport();
        if (async == null) {
            throw new IllegalStateException("Start asynchronous processing with ResourceRequest.startPortletAsync");
        }
        if (async.isComplete()) {
            throw new IllegalStateException("Asynchronous processing of this request has completed");
        }
    }

    @Override public DispatcherType getDispatcherType() { return super.getDispatcherType(); }
    /**
     * The session our request wrapper hands out: a portlet-scoped proxy when the portlet asks for one
     * (javax.portlet.servletDefaultSessionScope), else null, and the wrapper uses the request's own session.
     */
    @Override
    public HttpSession getSession() {
        String[] scope = getPortletConfig().getContainerRuntimeOptions().get("javax.portlet.servletDefaultSessionScope");
        return scope != null && scope.length > 0 && "PORTLET_SCOPE".equals(scope[0])
                ? ServletPortletSessionProxy.createProxy(getServletRequest(), getPortletWindow().getId().getStringId())
                : null;
    }

    @Override public PortletAsyncManager getPortletAsyncContext() { return async; }
    @Override public BeanManager getBeanManager() { return beanManager; }
    @Override public void setBeanManager(BeanManager beanManager) { this.beanManager = beanManager; }
}
