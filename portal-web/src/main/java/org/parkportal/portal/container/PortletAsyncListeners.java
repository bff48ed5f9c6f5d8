package org.parkportal.portal.container;

import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Logger;
import javax.portlet.PortletAsyncEvent;
import javax.portlet.PortletAsyncListener;
import javax.portlet.ResourceRequest;
import javax.portlet.ResourceResponse;

/**
 * The listeners a portlet added to its {@link PortalAsyncContext}, registered with the servlet container as one
 * servlet listener: events reach them inside the request's CDI scopes and name the portlet's async context, not
 * the servlet one. After a timeout or an error that no listener resolved, the request is completed here, so the
 * client always gets an answer.
 */
final class PortletAsyncListeners implements AsyncListener {

    private static final Logger LOG = Logger.getLogger(PortletAsyncListeners.class.getName());

    private enum Kind { COMPLETE, TIMEOUT, ERROR, START_ASYNC }

    /** One added listener with the request and response given with it (null when none was given). */
    private interface Registration {
        void notify(Kind kind, PortalAsyncContext context, Throwable error) throws IOException;
    }

    private final PortalAsyncContext context;
    private final List<Registration> registrations = new CopyOnWriteArrayList<>();

    PortletAsyncListeners(PortalAsyncContext context) {
        this.context = context;
    }

    void add(PortletAsyncListener listener, ResourceRequest request, ResourceResponse response) {
        registrations.add(new PortletListener(listener, request, response));
    }

    void add(AsyncListener listener, ServletRequest request, ServletResponse response) {
        registrations.add(new ServletListener(listener, request, response));
    }

    @Override
    public void onComplete(AsyncEvent event) throws IOException {
        try {
            fire(Kind.COMPLETE, registrations, null);
        } finally {
            context.release();
        }
    }

    @Override
    public void onTimeout(AsyncEvent event) throws IOException {
        fire(Kind.TIMEOUT, registrations, null);
        if (context.completeUnlessDone()) {
            LOG.warning(() -> "Asynchronous resource request of window " + context.windowId() + " timed out after "
                    + context.getTimeout() + " ms; completed by the portal");
        }
    }

    @Override
    public void onError(AsyncEvent event) throws IOException {
        fire(Kind.ERROR, registrations, event.getThrowable());
        context.completeUnlessDone();
    }

    /** Asynchronous processing restarted: as with servlet listeners, each must add itself again to hear more. */
    @Override
    public void onStartAsync(AsyncEvent event) throws IOException {
        List<Registration> previous = List.copyOf(registrations);
        registrations.clear();
        fire(Kind.START_ASYNC, previous, null);
        event.getAsyncContext().addListener(this, event.getSuppliedRequest(), event.getSuppliedResponse());
    }

    private void fire(Kind kind, List<Registration> listeners, Throwable error) throws IOException {
        if (listeners.isEmpty()) {
            return;
        }
        boolean entered = context.scopes().enterUnlessPresent();
        try {
            for (Registration r : listeners) {
                r.notify(kind, context, error);
            }
        } finally {
            if (entered) {
                context.scopes().leave();
            }
        }
    }

    private record PortletListener(PortletAsyncListener listener, ResourceRequest request, ResourceResponse response)
            implements Registration {
        @Override
        public void notify(Kind kind, PortalAsyncContext context, Throwable error) throws IOException {
            PortletAsyncEvent event = new PortletAsyncEvent(context, request, response, error);
            switch (kind) {
                case COMPLETE -> listener.onComplete(event);
                case TIMEOUT -> listener.onTimeout(event);
                case ERROR -> listener.onError(event);
                case START_ASYNC -> listener.onStartAsync(event);
            }
        }
    }

    private record ServletListener(AsyncListener listener, ServletRequest request, ServletResponse response)
            implements Registration {
        @Override
        public void notify(Kind kind, PortalAsyncContext context, Throwable error) throws IOException {
            AsyncEvent event = new AsyncEvent(context, request, response, error);
            switch (kind) {
                case COMPLETE -> listener.onComplete(event);
                case TIMEOUT -> listener.onTimeout(event);
                case ERROR -> listener.onError(event);
                case START_ASYNC -> listener.onStartAsync(event);
            }
        }
    }
}
