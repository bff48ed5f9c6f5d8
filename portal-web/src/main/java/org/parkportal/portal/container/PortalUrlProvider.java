package org.parkportal.portal.container;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.portlet.PortletMode;
import javax.portlet.WindowState;
import org.apache.pluto.container.PortletURLProvider;
import org.parkportal.portal.navigation.PortalUrl;
import org.parkportal.portal.navigation.PortalUrlCodec;

/**
 * A portlet URL under construction: a copy of the page's current URL that the portlet changes (parameters, mode,
 * window state) and the portal then writes out. Action URLs carry the session's CSRF token.
 */
final class PortalUrlProvider implements PortletURLProvider {

    private final TYPE type;
    private final String windowId;
    private final RequestState state;
    private final NavigationEditor editor;
    private boolean secure;
    private boolean authenticated;

    private PortalUrlProvider(TYPE type, String windowId, RequestState state, PortalUrl url) {
        this.type = type;
        this.windowId = windowId;
        this.state = state;
        this.editor = new NavigationEditor(url, state.windows());
    }

    /** A new URL of the given type for the window, starting from the page's current state. */
    static PortalUrlProvider newUrl(TYPE type, String windowId, RequestState state) {
        PortalUrl url = state.url().copy();
        url.target(switch (type) {
            case ACTION -> PortalUrl.Lifecycle.ACTION;
            case RESOURCE -> PortalUrl.Lifecycle.RESOURCE;
            case RENDER -> PortalUrl.Lifecycle.RENDER;
        }, type == TYPE.RENDER ? null : windowId);
        return new PortalUrlProvider(type, windowId, state, url);
    }

    /** A read view of the request's own URL: the parameters the portlet receives. */
    static PortalUrlProvider currentRequest(String windowId, RequestState state) {
        return new PortalUrlProvider(TYPE.RENDER, windowId, state, state.url());
    }

    private PortalUrl url() {
        return editor.url();
    }

    @Override public TYPE getType() { return type; }

    @Override
    public Map<String, String[]> getParameterMap(String window, ParamType paramType) {
        return switch (paramType) {
            case RENDER -> editor.renderParameters(window);
            case PUBLIC -> editor.publicParameters(window);
            case ACTION, RESOURCE -> copy(url().targetParameters());
        };
    }

    @Override
    public void setParameter(String window, String name, ParamType paramType, String[] values) {
        switch (paramType) {
            case RENDER, PUBLIC -> editor.setRender(window, name, values);
            case ACTION, RESOURCE -> url().targetParameters().put(name, values.clone());
        }
    }

    @Override
    public void removeParameter(String window, String name, ParamType paramType) {
        switch (paramType) {
            case RENDER, PUBLIC -> editor.removeRender(window, name);
            case ACTION, RESOURCE -> url().targetParameters().remove(name);
        }
    }

    @Override
    public void clearParameters(String window, ParamType paramType) {
        switch (paramType) {
            case RENDER -> {
                editor.clearPrivate(window);
                editor.clearPublic(window);
            }
            case PUBLIC -> editor.clearPublic(window);
            case ACTION, RESOURCE -> url().targetParameters().clear();
        }
    }

    @Override public Set<String> getPublicParameterNames(String window) { return editor.publicNames(window); }
    @Override public void addPublicRenderParameter(String window, String name, String[] values) { editor.setRender(window, name, values); }
    @Override public void removePublicRenderParameter(String window, String name) { editor.removeRender(window, name); }
    @Override public boolean isPublicRenderParameter(String window, String name) { return editor.isPublic(window, name); }
    @Override public Set<String> getPrivateParameterNames(String window) { return editor.privateParameters(window).keySet(); }

    @Override
    public String[] getParameterValues(String window, String name) {
        return editor.renderParameters(window).get(name);
    }

    @Override public void setParameter(String window, String name, String[] values) { editor.setRender(window, name, values); }
    @Override public void removeParameter(String window, String name) { editor.removeRender(window, name); }

    @Override
    public void setPortletMode(PortletMode mode) {
        if (mode != null) {
            url().window(windowId).mode(mode.toString());
        }
    }

    @Override
    public PortletMode getPortletMode() {
        return new PortletMode(url().windowOrDefault(windowId).mode());
    }

    @Override
    public void setWindowState(WindowState windowState) {
        if (windowState == null) {
            return;
        }
        if (WindowState.MAXIMIZED.equals(windowState)) {
            // One maximized window per page: the others go back to normal.
            url().windows().values().stream().filter(w -> "maximized".equals(w.state())).forEach(w -> w.state(null));
        }
        url().window(windowId).state(windowState.toString());
    }

    @Override
    public WindowState getWindowState() {
        return new WindowState(url().windowOrDefault(windowId).state());
    }

    @Override public void setSecure(boolean secure) { this.secure = secure; }
    @Override public boolean isSecure() { return secure; }
    @Override public String getCacheability() { return url().cacheability(); }
    @Override public void setCacheability(String cacheLevel) { url().cacheability(cacheLevel); }
    @Override public String getResourceID() { return url().resourceId(); }
    @Override public void setResourceID(String resourceID) { url().resourceId(resourceID); }

    @Override
    public String toURL() {
        return PortalUrlCodec.encode(url(), state.contextPath(),
                url().changesState() ? state.csrfToken() : null);
    }

    @Override
    public void write(Writer out, boolean escapeXML) throws IOException {
        append(out, escapeXML);
    }

    @Override
    public Appendable append(Appendable out, boolean escapeXML) throws IOException {
        String url = toURL();
        return out.append(escapeXML ? url.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&#034;").replace("'", "&#039;") : url);
    }

    @Override public Map<String, List<String>> getProperties() { return new HashMap<>(); }
    @Override public void setAuthenticated(boolean authenticated) { this.authenticated = authenticated; }
    @Override public boolean getAuthenticated() { return authenticated; }
    @Override public void setFragmentIdentifier(String fragment) { url().fragment(fragment); }
    @Override public String getFragmentIdentifier() { return url().fragment(); }

    private static Map<String, String[]> copy(Map<String, String[]> params) {
        Map<String, String[]> copy = new HashMap<>();
        params.forEach((k, v) -> copy.put(k, v.clone()));
        return copy;
    }
}
