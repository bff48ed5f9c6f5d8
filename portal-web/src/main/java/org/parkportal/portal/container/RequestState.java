package org.parkportal.portal.container;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.parkportal.portal.navigation.PortalUrl;

/**
 * What the driver knows about the HTTP request being processed: the decoded URL, the windows of the page, the
 * session's CSRF token and, during an action and its events, the render URL the browser will be sent to.
 * Kept as an attribute of the portal's own request, where every container context finds it.
 */
public final class RequestState {

    private static final String ATTRIBUTE = RequestState.class.getName();

    private final PortalUrl url;
    private final Map<String, PortalWindow> windows;
    private final String contextPath;
    private final java.util.function.Supplier<String> csrfToken;
    private String tokenPlaceholder;
    private PortalUrl result;
    private int eventsDelivered;
    private String portletRedirect;
    private final java.util.Set<String> eventTargets = new java.util.LinkedHashSet<>();

    public RequestState(PortalUrl url, Map<String, PortalWindow> windows, String contextPath,
                        java.util.function.Supplier<String> csrfToken) {
        this.url = url;
        this.windows = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(windows));
        this.contextPath = contextPath;
        this.csrfToken = csrfToken;
    }

    public static RequestState of(HttpServletRequest request) {
        Object state = request.getAttribute(ATTRIBUTE);
        if (state == null) {
            throw new IllegalStateException("No portal request state: not dispatched by the portal driver");
        }
        return (RequestState) state;
    }

    public void bind(HttpServletRequest request) {
        request.setAttribute(ATTRIBUTE, this);
    }

    public PortalUrl url() { return url; }
    public Map<String, PortalWindow> windows() { return windows; }
    public String contextPath() { return contextPath; }
    /**
     * The token that action URLs carry: the session's CSRF token, or while a window renders, a placeholder that
     * the portal replaces with the visitor's token when it writes the markup out (cached markup may be served to
     * other visitors and must never hold anybody's token).
     */
    public String csrfToken() { return tokenPlaceholder != null ? tokenPlaceholder : csrfToken.get(); }

    public void writeTokensAs(String placeholder) { this.tokenPlaceholder = placeholder; }

    RequestState viewing(PortalUrl other) {
        RequestState view = new RequestState(other, windows, contextPath, csrfToken);
        view.tokenPlaceholder = tokenPlaceholder;
        return view;
    }

    /** The render URL that the action and the events it raised are building; starts as the current page state. */
    public PortalUrl result() {
        if (result == null) {
            result = url.copy();
            result.target(PortalUrl.Lifecycle.RENDER, null);
        }
        return result;
    }

    /**
     * Records a delivery of an event to the window; returns how many deliveries this request has made, so that
     * a chain of events that keeps raising new ones can be stopped.
     */
    public int deliverEvent(String windowId) {
        eventTargets.add(windowId);
        return ++eventsDelivered;
    }

    /** Where a portlet's action sent the browser (ActionResponse.sendRedirect), or null. */
    public String portletRedirect() { return portletRedirect; }

    void portletRedirect(String location) { this.portletRedirect = location; }

    /** The windows that received events in this request. */
    public java.util.Set<String> eventTargets() {
        return java.util.Collections.unmodifiableSet(eventTargets);
    }
}
