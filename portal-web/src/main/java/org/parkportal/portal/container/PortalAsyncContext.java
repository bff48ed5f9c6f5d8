package org.parkportal.portal.container;

import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.portlet.PortletAsyncContext;
import javax.portlet.PortletAsyncListener;
import javax.portlet.PortletException;
import javax.portlet.ResourceRequest;
import javax.portlet.ResourceResponse;
import org.apache.pluto.container.PortletAsyncManager;
import org.apache.pluto.container.PortletInvokerService;
import org.apache.pluto.container.impl.HttpServletPortletRequestWrapper;

/**
 * The PortletAsyncContext of one resource request: the servlet AsyncContext started on the portlet's request in
 * its own WAR, with what the portlet spec adds. A runnable passed to start() waits until the portlet method has
 * returned (Pluto's invoker servlet then calls launchRunner), so it never writes while the container still owns
 * the response. dispatch() goes back to the portlet's invoker servlet, not to the URL the browser asked for,
 * which is the portal's. Pluto's invoker servlet drives it through {@link PortletAsyncManager}.
 */
final class PortalAsyncContext implements PortletAsyncContext, PortletAsyncManager, AsyncContext {

    private static final Logger LOG = Logger.getLogger(PortalAsyncContext.class.getName());

    private final PortalResourceRequestContext requestContext;
    private final ResourceRequest request;
    private final ResourceResponse response;
    private final boolean original;
    private final PortletAsyncListeners listeners = new PortletAsyncListeners(this);
    private final PortletBeanScopes scopes;
    private volatile AsyncContext servletAsync;
    private volatile Runnable pending;
    /** Listeners are accepted only while the dispatch that started async processing runs. */
    private volatile boolean active = true;
    private volatile boolean dispatchedOrComplete;
    private volatile boolean complete;

    PortalAsyncContext(AsyncContext servletAsync, PortalResourceRequestContext requestContext,
                       ResourceRequest request, ResourceResponse response, boolean original) {
        this.servletAsync = servletAsync;
        this.requestContext = requestContext;
        this.request = request;
        this.response = response;
        this.original = original;
        this.scopes = new PortletBeanScopes(request, requestContext.getResponse(), requestContext.getPortletConfig());
        servletAsync.addListener(listeners, requestContext.getContainerRequest(), requestContext.getContainerResponse());
    }

    PortletBeanScopes scopes() {
        return scopes;
    }

    String windowId() {
        return requestContext.getPortletWindow().getId().getStringId();
    }

    /** Called before a new cycle is started, so that listeners may add themselves again in onStartAsync. */
    void reopen() {
        active = true;
    }

    // ----- PortletAsyncManager: Pluto's invoker servlet

    @Override
    public void setWrapped(AsyncContext restarted) {
        this.servletAsync = restarted;
        this.active = true;
        this.dispatchedOrComplete = false;
    }

    @Override public void registerContext(boolean isListener) { scopes.enter(); }
    @Override public void deregisterContext(boolean isListener) { scopes.leave(); }
    @Override public void removeContext() { scopes.end(); }
    @Override public boolean isComplete() { return complete; }
    @Override public void setComplete(boolean complete) { this.complete = complete; }
    @Override public void setContextInactive() { active = false; }

    /** Runs the pending runnable on a container thread, inside the request's CDI scopes. */
    @Override
    public void launchRunner() {
        Runnable work = pending;
        pending = null;
        if (work != null) {
            run(work);
        }
    }

    private void run(Runnable work) {
        servletAsync.start(() -> {
            scopes.enter();
            try {
                work.run();
            } catch (RuntimeException | Error e) {
                LOG.log(Level.WARNING, "Asynchronous work of window " + windowId() + " failed", e);
                throw e;
            } finally {
                scopes.leave();
            }
        });
    }

    /** Our request wrapper, under any wrapper a filter or servlet put around it. */
    @Override
    public HttpServletRequestWrapper getAsyncRequestWrapper() {
        ServletRequest r = requestContext.getAsyncServletRequest();
        while (r instanceof ServletRequestWrapper w && !(r instanceof HttpServletPortletRequestWrapper)) {
            r = w.getRequest();
        }
        return r instanceof HttpServletPortletRequestWrapper wrapper ? wrapper : null;
    }

    /** onComplete: frees what the invoker left for the asynchronous part; the response is finished now. */
    void release() {
        complete = true;
        PortletInvoker.forgetInvocation(requestContext.getContainerRequest());
        requestContext.closeResponse();
        HttpServletRequestWrapper wrapper = getAsyncRequestWrapper();
        if (wrapper instanceof HttpServletPortletRequestWrapper ours) {
            ours.endAsyncProcessing();
        }
        scopes.end();
    }

    /** After a timeout or an error: completes the request unless a listener completed or dispatched it. */
    boolean completeUnlessDone() {
        if (dispatchedOrComplete || complete) {
            return false;
        }
        try {
            complete();
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    // ----- PortletAsyncContext and AsyncContext: the portlet

    /** While the portlet method still runs, the work waits for it to return; later it starts at once. */
    @Override
    public void start(Runnable work) {
        requireOpen("start a thread");
        if (active) {
            pending = work;
        } else {
            run(work);
        }
    }

    @Override
    public void complete() {
        if (complete) {
            throw new IllegalStateException("Asynchronous processing has completed already");
        }
        dispatchedOrComplete = true;
        servletAsync.complete();
    }

    @Override
    public void dispatch() {
        requireOpen("dispatch");
        dispatchedOrComplete = true;
        servletAsync.dispatch(requestContext.getServletContext(),
                PortletInvokerService.URIPREFIX + requestContext.getPortletWindow().getPortletDefinition().getPortletName());
    }

    /** A path in the portlet's application; its query string becomes request parameters as for an include. */
    @Override
    public void dispatch(String path) {
        requireOpen("dispatch");
        dispatchedOrComplete = true;
        if (getAsyncRequestWrapper() instanceof HttpServletPortletRequestWrapper wrapper) {
            wrapper.startAsyncDispatch(path);
        }
        servletAsync.dispatch(requestContext.getServletContext(), path);
    }

    @Override
    public void dispatch(ServletContext context, String path) {
        requireOpen("dispatch");
        dispatchedOrComplete = true;
        servletAsync.dispatch(context, path);
    }

    @Override
    public void addListener(PortletAsyncListener listener) {
        requireActive("add a listener");
        listeners.add(listener, null, null);
    }

    @Override
    public void addListener(PortletAsyncListener listener, ResourceRequest request, ResourceResponse response) {
        requireActive("add a listener");
        listeners.add(listener, request, response);
    }

    @Override
    public void addListener(AsyncListener listener) {
        requireActive("add a listener");
        listeners.add(listener, null, null);
    }

    @Override
    public void addListener(AsyncListener listener, ServletRequest request, ServletResponse response) {
        requireActive("add a listener");
        listeners.add(listener, request, response);
    }

    @Override
    public <T extends PortletAsyncListener> T createPortletAsyncListener(Class<T> type) throws PortletException {
        try {
            return create(type);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new PortletException("Listener " + type.getName() + " cannot be created", e);
        }
    }

    @Override
    public <T extends AsyncListener> T createListener(Class<T> type) throws ServletException {
        try {
            return create(type);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new ServletException("Listener " + type.getName() + " cannot be created", e);
        }
    }

    /** A CDI bean when the portlet's application has one of that type (so it gets injection), else new T(). */
    private <T> T create(Class<T> type) throws ReflectiveOperationException {
        if (!PortletAsyncListener.class.isAssignableFrom(type) && !AsyncListener.class.isAssignableFrom(type)) {
            throw new ClassCastException(type.getName() + " is not an asynchronous listener");
        }
        BeanManager beans = requestContext.getBeanManager();
        if (beans != null) {
            Bean<?> bean = beans.resolve(beans.getBeans(type));
            if (bean != null) {
                return type.cast(beans.getReference(bean, type, beans.createCreationalContext(bean)));
            }
        }
        return type.getDeclaredConstructor().newInstance();
    }

    @Override public ResourceRequest getResourceRequest() { return request; }
    @Override public ResourceResponse getResourceResponse() { return response; }
    @Override public boolean hasOriginalRequestAndResponse() { return original; }
    @Override public ServletRequest getRequest() { return servletAsync.getRequest(); }
    @Override public ServletResponse getResponse() { return servletAsync.getResponse(); }
    @Override public long getTimeout() { return servletAsync.getTimeout(); }
    @Override public void setTimeout(long timeout) { servletAsync.setTimeout(timeout); }

    private void requireActive(String what) {
        if (!active) {
            throw new IllegalStateException("Cannot " + what + ": the dispatch that started asynchronous processing"
                    + " has returned");
        }
    }

    private void requireOpen(String what) {
        if (complete || dispatchedOrComplete) {
            throw new IllegalStateException("Cannot " + what + ": asynchronous processing was dispatched or completed");
        }
    }
}
