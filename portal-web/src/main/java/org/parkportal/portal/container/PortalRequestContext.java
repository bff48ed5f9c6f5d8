package org.parkportal.portal.container;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.portlet.ActionParameters;
import javax.portlet.PortletConfig;
import javax.portlet.PortletRequest;
import javax.portlet.PortletSession;
import javax.portlet.RenderParameters;
import org.apache.pluto.container.PortletContainer;
import org.apache.pluto.container.PortletRequestContext;
import org.apache.pluto.container.PortletResponseContext;
import org.apache.pluto.container.PortletWindow;
import org.apache.pluto.container.impl.ActionParametersImpl;
import org.apache.pluto.container.impl.RenderParametersImpl;
import org.parkportal.portal.navigation.PortalUrl;

/** The portlet request of one window in one lifecycle phase, backed by the portal URL and the HTTP request. */
class PortalRequestContext implements PortletRequestContext {

    private final PortletContainer container;
    private final HttpServletRequest containerRequest;
    private final HttpServletResponse containerResponse;
    private final PortletWindow window;
    private final String windowId;
    private final String phase;
    protected final RequestState state;
    /** The URL whose state this request sees: the request's own, or during events the one the action is building. */
    private final PortalUrl view;

    private PortletConfig portletConfig;
    private ServletContext servletContext;
    private HttpServletRequest servletRequest;
    private HttpServletResponse servletResponse;
    private HttpServletRequest dispatchedRequest;
    private HttpServletRequest asyncServletRequest;
    private Map<String, List<String>> queryParams;
    private String renderHeaders;
    private boolean executingRequestBody;
    private PortletSession session;

    PortalRequestContext(PortletContainer container, HttpServletRequest containerRequest,
                         HttpServletResponse containerResponse, PortletWindow window, String phase) {
        this.container = container;
        this.containerRequest = containerRequest;
        this.containerResponse = containerResponse;
        this.window = window;
        this.windowId = window.getId().getStringId();
        this.phase = phase;
        this.state = RequestState.of(containerRequest);
        this.view = PortletRequest.EVENT_PHASE.equals(phase) ? state.result() : state.url();
    }

    protected final PortalUrlProvider provider() {
        return view == state.url() ? PortalUrlProvider.currentRequest(windowId, state)
                : PortalUrlProvider.currentRequest(windowId, state.viewing(view));
    }

    protected final NavigationEditor editor() {
        return new NavigationEditor(view, state.windows());
    }

    protected final boolean targets() {
        return windowId.equals(view.target());
    }

    @Override
    public void init(PortletConfig portletConfig, ServletContext servletContext, HttpServletRequest servletRequest,
                     HttpServletResponse servletResponse, PortletResponseContext responseContext) {
        this.portletConfig = portletConfig;
        this.servletContext = servletContext;
        this.servletRequest = servletRequest;
        this.servletResponse = servletResponse;
    }

    @Override public PortletContainer getContainer() { return container; }
    @Override public PortletConfig getPortletConfig() { return portletConfig; }
    @Override public ServletContext getServletContext() { return servletContext; }
    @Override public HttpServletRequest getContainerRequest() { return containerRequest; }
    @Override public HttpServletResponse getContainerResponse() { return containerResponse; }
    @Override public HttpServletRequest getServletRequest() { return servletRequest; }
    @Override public HttpServletResponse getServletResponse() { return servletResponse; }
    @Override public PortletWindow getPortletWindow() { return window; }
    @Override public String getPhase() { return phase; }

    private HttpServletRequest attributes() {
        if (dispatchedRequest != null) {
            return dispatchedRequest;
        }
        return servletRequest != null ? servletRequest : containerRequest;
    }

    private String encode(String name) {
        return name.startsWith("javax.") || name.startsWith("jakarta.") ? name : WindowNamespaces.prefix(windowId) + name;
    }

    @Override
    public Enumeration<String> getAttributeNames() {
        String prefix = WindowNamespaces.prefix(windowId);
        List<String> names = new ArrayList<>();
        for (Enumeration<String> e = attributes().getAttributeNames(); e.hasMoreElements(); ) {
            String name = e.nextElement();
            names.add(name.startsWith(prefix) ? name.substring(prefix.length()) : name);
        }
        return Collections.enumeration(names);
    }

    @Override
    public Object getAttribute(String name) {
        Object value = attributes().getAttribute(encode(name));
        return value != null ? value : attributes().getAttribute(name);
    }

    @Override
    public void setAttribute(String name, Object value) {
        if (value == null) {
            attributes().removeAttribute(encode(name));
        } else {
            attributes().setAttribute(encode(name), value);
        }
    }

    @Override
    public Locale getPreferredLocale() {
        Object locale = containerRequest.getAttribute(Locale.class.getName());
        return locale instanceof Locale l ? l : containerRequest.getLocale();
    }

    @Override
    public Cookie[] getCookies() {
        Cookie[] cookies = containerRequest.getCookies();
        return cookies == null || cookies.length == 0 ? null : cookies.clone();
    }

    @Override
    public Map<String, String[]> getProperties() {
        Map<String, String[]> properties = new LinkedHashMap<>();
        for (Enumeration<String> names = containerRequest.getHeaderNames(); names.hasMoreElements(); ) {
            String name = names.nextElement();
            properties.put(name, Collections.list(containerRequest.getHeaders(name)).toArray(String[]::new));
        }
        return properties;
    }

    @Override
    public PortletSession getPortletSession(boolean create) {
        HttpSession httpSession = (servletRequest != null ? servletRequest : containerRequest).getSession(create);
        if (httpSession == null) {
            return null;
        }
        if (session == null) {
            session = container.getContainerServices().getPortletEnvironmentService()
                    .createPortletSession(portletConfig.getPortletContext(), window, httpSession);
        }
        return session;
    }

    /** Action and resource requests see their own parameters on top; other phases the window's render parameters. */
    @Override
    public Map<String, String[]> getParameterMap() {
        Map<String, String[]> parameters = new LinkedHashMap<>();
        if (PortletRequest.ACTION_PHASE.equals(phase) || PortletRequest.RESOURCE_PHASE.equals(phase)) {
            // Actions see public render parameters but not the window's private ones; resources see both.
            parameters.putAll(PortletRequest.ACTION_PHASE.equals(phase) ? editor().publicParameters(windowId)
                    : editor().renderParameters(windowId));
            if (targets()) {
                view.targetParameters().forEach((k, v) -> parameters.put(k, v.clone()));
            }
        } else {
            parameters.putAll(editor().renderParameters(windowId));
        }
        addQueryParameters(parameters);
        return parameters;
    }

    /** During a PortletRequestDispatcher include/forward, the query of the dispatch path counts too. */
    private void addQueryParameters(Map<String, String[]> parameters) {
        if (queryParams != null) {
            queryParams.forEach((name, values) -> {
                List<String> nonEmpty = values.stream().filter(v -> v != null && !v.isEmpty()).toList();
                if (!nonEmpty.isEmpty()) {
                    parameters.put(name, nonEmpty.toArray(String[]::new));
                }
            });
        }
    }

    @Override
    public Map<String, String[]> getPrivateParameterMap() {
        Map<String, String[]> parameters = new LinkedHashMap<>(editor().privateParameters(windowId));
        if (PortletRequest.ACTION_PHASE.equals(phase) && targets()) {
            view.targetParameters().forEach((k, v) -> parameters.put(k, v.clone()));
        }
        addQueryParameters(parameters);
        return parameters;
    }

    @Override
    public Map<String, String[]> getPublicParameterMap() {
        return editor().publicParameters(windowId);
    }

    @Override
    public RenderParameters getRenderParameters() {
        return new RenderParametersImpl(provider(), windowId);
    }

    @Override
    public ActionParameters getActionParameters() {
        return new ActionParametersImpl(provider(), windowId);
    }

    @Override public void setRenderHeaders(String renderHeaders) { this.renderHeaders = renderHeaders; }
    @Override public String getRenderHeaders() { return renderHeaders; }

    @Override
    public DispatcherType getDispatcherType() {
        DispatcherType type = servletRequest.getDispatcherType();
        return executingRequestBody && type != DispatcherType.ASYNC ? DispatcherType.REQUEST : type;
    }

    @Override public boolean isExecutingRequestBody() { return executingRequestBody; }
    @Override public void setExecutingRequestBody(boolean executing) { this.executingRequestBody = executing; }
    @Override public HttpServletRequest getAsyncServletRequest() { return asyncServletRequest; }
    @Override public void setAsyncServletRequest(HttpServletRequest request) { this.asyncServletRequest = request; }

    @Override
    public void startDispatch(HttpServletRequest wrapped, Map<String, List<String>> queryParams, String phase) {
        this.dispatchedRequest = wrapped;
        this.queryParams = queryParams;
    }

    @Override
    public void endDispatch() {
        this.dispatchedRequest = null;
        this.queryParams = null;
    }

    @Override public Map<String, List<String>> getQueryParams() { return queryParams; }
}
