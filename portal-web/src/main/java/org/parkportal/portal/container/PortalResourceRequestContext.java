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
import org.apache.pluto.container.PortletResourceRequestContext;
import org.apache.pluto.container.PortletWindow;
import org.apache.pluto.container.impl.ResourceParametersImpl;

/**
 * A resource request (serveResource): no page is rendered, the portlet writes the response itself.
 * Asynchronous resource serving is not offered by this driver: isAsyncSupported() answers false.
 */
final class PortalResourceRequestContext extends PortalRequestContext implements PortletResourceRequestContext {

    private ResourceResponse response;
    private BeanManager beanManager;

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

    @Override public boolean isAsyncSupported() { return false; }
    @Override public boolean isAsyncStarted() { return false; }

    @Override
    public AsyncContext startAsync(ResourceRequest request) {
        throw new IllegalStateException("Asynchronous resource serving is not supported by this portal");
    }

    @Override
    public AsyncContext startAsync(ResourceRequest request, ResourceResponse response, boolean original) {
        throw new IllegalStateException("Asynchronous resource serving is not supported by this portal");
    }

    @Override
    public AsyncContext startAsync() {
        throw new IllegalStateException("Asynchronous resource serving is not supported by this portal");
    }

    @Override
    public AsyncContext startAsync(ServletRequest request, ServletResponse response) {
        throw new IllegalStateException("Asynchronous resource serving is not supported by this portal");
    }

    @Override
    public AsyncContext getAsyncContext() {
        throw new IllegalStateException("No asynchronous processing was started");
    }

    @Override public DispatcherType getDispatcherType() { return super.getDispatcherType(); }
    @Override public HttpSession getSession() { return getServletRequest().getSession(); }
    @Override public PortletAsyncManager getPortletAsyncContext() { return null; }
    @Override public BeanManager getBeanManager() { return beanManager; }
    @Override public void setBeanManager(BeanManager beanManager) { this.beanManager = beanManager; }
}
