package org.parkportal.portal.aggregation;

import java.util.List;

/** A rendered window: its markup (or a translated error) and its decoration controls. */
public record WindowView(String id, String portletName, String title, String mode, String state, String markup,
                         String error, List<Control> controls) {

    public String getId() { return id; }
    public String getPortletName() { return portletName; }
    public String getTitle() { return title; }
    public String getMode() { return mode; }
    public String getState() { return state; }
    public String getMarkup() { return markup; }
    public String getError() { return error; }
    public List<Control> getControls() { return controls; }

    /** A mode or window-state control in the title bar. */
    public record Control(String kind, String label, String url, boolean active) {
        public String getKind() { return kind; }
        public String getLabel() { return label; }
        public String getUrl() { return url; }
        public boolean isActive() { return active; }
    }
}
