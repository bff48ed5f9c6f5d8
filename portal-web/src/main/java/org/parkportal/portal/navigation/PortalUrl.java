package org.parkportal.portal.navigation;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A portal URL decoded: the page, the navigational state of every window on it (modes, window states, private render
 * parameters), the public render parameters shared on the page (by QName), and for action and resource URLs the
 * target window with its action or resource parameters. Mutable while a URL is being built; {@link #copy()} first.
 */
public final class PortalUrl {

    /** PARTIAL is the Portlet Hub's partial action: an action, its events, then the target's serveResource. */
    public enum Lifecycle { RENDER, ACTION, RESOURCE, PARTIAL }

    private String page;
    private Lifecycle lifecycle = Lifecycle.RENDER;
    private String target;
    private String resourceId;
    private String cacheability;
    private String fragment;
    private final Map<String, WindowNavigation> windows = new LinkedHashMap<>();
    /** Public render parameters by QName in "{namespace}local" form. */
    private final Map<String, String[]> publicParameters = new LinkedHashMap<>();
    /** Action or resource parameters of the target window. */
    private final Map<String, String[]> targetParameters = new LinkedHashMap<>();

    public PortalUrl(String page) {
        this.page = page;
    }

    public String page() { return page; }
    public Lifecycle lifecycle() { return lifecycle; }
    public String target() { return target; }
    public String resourceId() { return resourceId; }
    public String cacheability() { return cacheability; }
    public String fragment() { return fragment; }
    public Map<String, String[]> publicParameters() { return publicParameters; }
    public Map<String, String[]> targetParameters() { return targetParameters; }
    public Map<String, WindowNavigation> windows() { return windows; }

    public void page(String page) { this.page = page; }
    public void resourceId(String resourceId) { this.resourceId = resourceId; }
    public void cacheability(String cacheability) { this.cacheability = cacheability; }
    public void fragment(String fragment) { this.fragment = fragment; }

    /** Makes this URL address the given window in the given lifecycle (RENDER with null target: plain page URL). */
    public void target(Lifecycle lifecycle, String window) {
        this.lifecycle = lifecycle;
        this.target = window;
        this.targetParameters.clear();
        if (lifecycle != Lifecycle.RESOURCE) {
            this.resourceId = null;
            this.cacheability = null;
        }
    }

    /** The window's state, created with defaults on first use. */
    public WindowNavigation window(String windowId) {
        return windows.computeIfAbsent(windowId, id -> new WindowNavigation());
    }

    public WindowNavigation windowOrDefault(String windowId) {
        WindowNavigation w = windows.get(windowId);
        return w != null ? w : new WindowNavigation();
    }

    /** Whether this URL runs an action (plain or partial): those carry the CSRF token and form fields. */
    public boolean changesState() {
        return lifecycle == Lifecycle.ACTION || lifecycle == Lifecycle.PARTIAL;
    }

    /** The window shown maximized on this page, if any. */
    public String maximizedWindow() {
        return windows.entrySet().stream().filter(e -> "maximized".equals(e.getValue().state()))
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }

    public PortalUrl copy() {
        PortalUrl copy = new PortalUrl(page);
        copy.lifecycle = lifecycle;
        copy.target = target;
        copy.resourceId = resourceId;
        copy.cacheability = cacheability;
        copy.fragment = fragment;
        windows.forEach((id, w) -> copy.windows.put(id, w.copy()));
        publicParameters.forEach((k, v) -> copy.publicParameters.put(k, v.clone()));
        targetParameters.forEach((k, v) -> copy.targetParameters.put(k, v.clone()));
        return copy;
    }
}
