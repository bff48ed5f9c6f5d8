package org.parkportal.portal.container;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collection;
import java.util.List;
import javax.portlet.CacheControl;
import javax.portlet.PortletMode;

/** What a window's render or header phase said besides its markup: title, next modes, cache settings. */
public final class WindowOutcome {

    private String title;
    private List<PortletMode> nextModes;
    private CacheControl cacheControl;

    public static WindowOutcome of(HttpServletRequest request, String windowId) {
        String key = WindowOutcome.class.getName() + "." + windowId;
        WindowOutcome outcome = (WindowOutcome) request.getAttribute(key);
        if (outcome == null) {
            outcome = new WindowOutcome();
            request.setAttribute(key, outcome);
        }
        return outcome;
    }

    public String title() { return title; }

    /** The cache settings the portlet left on its render response, or null when it did not render. */
    public CacheControl cacheControl() { return cacheControl; }

    void cacheControl(CacheControl cacheControl) { this.cacheControl = cacheControl; }
    public List<PortletMode> nextModes() { return nextModes; }

    void title(String title) { this.title = title; }
    void nextModes(Collection<PortletMode> modes) { this.nextModes = modes == null ? null : List.copyOf(modes); }
}
