package org.parkportal.portal.container;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collection;
import java.util.List;
import javax.portlet.PortletMode;

/** What a window's render or header phase said besides its markup: the title it set and its next modes. */
public final class WindowOutcome {

    private String title;
    private List<PortletMode> nextModes;

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
    public List<PortletMode> nextModes() { return nextModes; }

    void title(String title) { this.title = title; }
    void nextModes(Collection<PortletMode> modes) { this.nextModes = modes == null ? null : List.copyOf(modes); }
}
