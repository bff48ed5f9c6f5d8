package org.parkportal.portal.container;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.portlet.Event;
import javax.portlet.MutableRenderParameters;
import javax.portlet.PortletMode;
import javax.portlet.WindowState;
import javax.xml.namespace.QName;
import org.apache.pluto.container.EventProvider;
import org.apache.pluto.container.PortletActionResponseContext;
import org.apache.pluto.container.PortletContainer;
import org.apache.pluto.container.PortletEventResponseContext;
import org.apache.pluto.container.PortletWindow;
import org.apache.pluto.container.impl.MutableRenderParametersImpl;
import org.parkportal.portal.navigation.PortalUrl;
import org.parkportal.portal.navigation.PortalUrlCodec;

/**
 * Action and event responses: they change the page's next render URL (mode, window state, render parameters,
 * public parameters shared with other windows) and raise events. After the action, the browser is redirected to
 * that render URL (post/redirect/get), or to the portlet's own redirect location.
 */
final class PortalStateAwareResponseContext extends PortalResponseContext
        implements PortletActionResponseContext, PortletEventResponseContext {

    private final String windowId;
    private final List<Event> events = new ArrayList<>();
    private PortalUrl before;
    private String redirect;

    PortalStateAwareResponseContext(PortletContainer container, HttpServletRequest request,
                                    HttpServletResponse response, PortletWindow window) {
        super(container, request, response, window);
        this.windowId = window.getId().getStringId();
        this.before = state.result().copy();
    }

    private NavigationEditor editor() {
        return new NavigationEditor(state.result(), state.windows());
    }

    @Override
    public PortletMode getPortletMode() {
        return new PortletMode(state.result().windowOrDefault(windowId).mode());
    }

    @Override
    public void setPortletMode(PortletMode mode) {
        state.result().window(windowId).mode(mode == null ? null : mode.toString());
    }

    @Override
    public WindowState getWindowState() {
        return new WindowState(state.result().windowOrDefault(windowId).state());
    }

    @Override
    public void setWindowState(WindowState windowState) {
        if (WindowState.MAXIMIZED.equals(windowState)) {
            state.result().windows().values().stream().filter(w -> "maximized".equals(w.state()))
                    .forEach(w -> w.state(null));
        }
        state.result().window(windowId).state(windowState == null ? null : windowState.toString());
    }

    @Override
    public EventProvider getEventProvider() {
        return new EventProvider() {
            @Override
            public Event createEvent(QName qname, Serializable value) {
                if (qname == null) {
                    throw new IllegalArgumentException("An event needs a QName");
                }
                return new PortalEvent(qname, value);
            }
        };
    }

    @Override public List<Event> getEvents() { return events; }

    @Override public void addPublicRenderParameter(String w, String name, String[] values) { editor().setRender(w, name, values); }
    @Override public void removePublicRenderParameter(String w, String name) { editor().removeRender(w, name); }
    @Override public boolean isPublicRenderParameter(String w, String name) { return editor().isPublic(w, name); }
    @Override public Set<String> getPrivateParameterNames(String w) { return editor().privateParameters(w).keySet(); }
    @Override public String[] getParameterValues(String w, String name) { return editor().renderParameters(w).get(name); }
    @Override public void setParameter(String w, String name, String[] values) { editor().setRender(w, name, values); }
    @Override public void removeParameter(String w, String name) { editor().removeRender(w, name); }

    @Override
    public MutableRenderParameters getRenderParameters(String w) {
        return new MutableRenderParametersImpl(
                PortalUrlProvider.currentRequest(w, state.viewing(state.result())), w);
    }

    /** Drops what this response changed (the container calls it when the portlet failed). */
    @Override
    public void reset() {
        PortalUrl result = state.result();
        result.windows().clear();
        result.publicParameters().clear();
        before.windows().forEach((id, w) -> result.windows().put(id, w.copy()));
        before.publicParameters().forEach((k, v) -> result.publicParameters().put(k, v.clone()));
        events.clear();
        redirect = null;
    }

    @Override
    public void setRedirect(String location) {
        this.redirect = location;
        state.portletRedirect(location);
    }

    @Override
    public void setRedirect(String location, String renderURLParamName) {
        setRedirect(location);
    }
    @Override public boolean isRedirect() { return redirect != null; }

    @Override
    public String getResponseURL() {
        return redirect != null ? redirect : PortalUrlCodec.encode(state.result(), state.contextPath(), null);
    }
}
