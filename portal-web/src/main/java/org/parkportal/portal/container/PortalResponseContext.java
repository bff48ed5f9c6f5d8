package org.parkportal.portal.container;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.portlet.PortletConfig;
import org.apache.pluto.container.HeaderData;
import org.apache.pluto.container.PortletContainer;
import org.apache.pluto.container.PortletResponseContext;
import org.apache.pluto.container.PortletURLProvider;
import org.apache.pluto.container.PortletWindow;
import org.apache.pluto.container.ResourceURLProvider;
import org.w3c.dom.Element;

/** What every portlet response shares: URLs, properties (HTTP headers and cookies) and head markup. */
class PortalResponseContext implements PortletResponseContext {

    private final PortletContainer container;
    private final HttpServletRequest containerRequest;
    private final HttpServletResponse containerResponse;
    private final PortletWindow window;
    protected final RequestState state;
    private final HeaderData headerData = new HeaderData();
    private final Map<String, List<String>> properties = new LinkedHashMap<>();
    private PortletConfig portletConfig;
    private HttpServletRequest servletRequest;
    private HttpServletResponse servletResponse;
    private String lifecycle;
    private boolean propsAllowed = true;
    private boolean closed;

    PortalResponseContext(PortletContainer container, HttpServletRequest containerRequest,
                          HttpServletResponse containerResponse, PortletWindow window) {
        this.container = container;
        this.containerRequest = containerRequest;
        this.containerResponse = containerResponse;
        this.window = window;
        this.state = RequestState.of(containerRequest);
    }

    @Override
    public void init(PortletConfig portletConfig, HttpServletRequest servletRequest, HttpServletResponse servletResponse) {
        this.portletConfig = portletConfig;
        this.servletRequest = servletRequest;
        this.servletResponse = servletResponse;
    }

    @Override public PortletContainer getContainer() { return container; }
    @Override public HttpServletRequest getContainerRequest() { return containerRequest; }
    @Override public HttpServletResponse getContainerResponse() { return containerResponse; }
    @Override public PortletConfig getPortletConfig() { return portletConfig; }
    @Override public HttpServletRequest getServletRequest() { return servletRequest; }
    @Override public HttpServletResponse getServletResponse() { return servletResponse; }
    @Override public PortletWindow getPortletWindow() { return window; }
    @Override public void setLifecycle(String lifecycle) { this.lifecycle = lifecycle; }
    @Override public String getLifecycle() { return lifecycle; }
    @Override public void setPropsAllowed(boolean allowed) { this.propsAllowed = allowed; }
    @Override public boolean isSetPropsAllowed() { return propsAllowed; }
    @Override public HeaderData getHeaderData() { return headerData; }

    protected final boolean isClosed() {
        return closed;
    }

    @Override
    public ResourceURLProvider getResourceURLProvider() {
        return new ResourceURLProvider() {
            private String url;

            @Override public void setAbsoluteURL(String path) { url = path; }
            @Override public void setFullPath(String path) { url = path; }
            @Override public String toString() { return url; }
        };
    }

    @Override
    public PortletURLProvider getPortletURLProvider(PortletURLProvider.TYPE type) {
        return PortalUrlProvider.newUrl(type, window.getId().getStringId(), state);
    }

    @Override
    public void addProperty(Cookie cookie) {
        if (!closed && propsAllowed) {
            headerData.addCookie(cookie);
        }
    }

    @Override
    public void addProperty(String key, Element element) {
        if (!closed && propsAllowed && element != null) {
            headerData.addHeaderTag(element);
        }
    }

    @Override
    public void addProperty(String key, String value) {
        if (!closed && propsAllowed) {
            properties.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
            headerData.addHttpHeader(key, value);
        }
    }

    @Override
    public void setProperty(String key, String value) {
        if (!closed && propsAllowed) {
            properties.put(key, new ArrayList<>(List.of(value)));
            headerData.setHttpHeader(key, value);
        }
    }

    @Override
    public Element createElement(String tagName) {
        return headerData.createElement(tagName);
    }

    @Override
    public String getProperty(String key) {
        List<String> values = properties.get(key);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    @Override
    public Collection<String> getPropertyValues(String name) {
        return properties.getOrDefault(name, List.of());
    }

    @Override
    public Collection<String> getPropertyNames() {
        return properties.keySet();
    }

    /** Cookies always reach the browser; HTTP headers only from phases that own the response (action, resource). */
    @Override
    public void processHttpHeaders() {
        HttpServletResponse target = containerResponse;
        headerData.getCookies().forEach(target::addCookie);
        headerData.getCookies().clear();
    }

    @Override
    public void close() {
        closed = true;
    }

    @Override
    public void release() {
        closed = true;
    }

    @Override
    public void setActionScopedId(String windowId, String[] values) {
        // Action-scoped request attributes (a container runtime option) are not offered by this portal.
    }
}
