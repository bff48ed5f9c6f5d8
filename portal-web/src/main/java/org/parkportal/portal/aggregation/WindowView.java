package org.parkportal.portal.aggregation;

import java.util.List;

/** A rendered window: its markup (or a translated error) and its decoration controls. */
public record WindowView(String id, String portletName, String title, String mode, String state, String markup,
                         String error, List<Control> controls, Arrange arrange) {

    public String getId() { return id; }
    public String getPortletName() { return portletName; }
    public String getTitle() { return title; }
    public String getMode() { return mode; }
    public String getState() { return state; }
    public String getMarkup() { return markup; }
    public String getError() { return error; }
    public List<Control> getControls() { return controls; }
    /** How the visitor may arrange this window on their page; null when they may not customise the page. */
    public Arrange getArrange() { return arrange; }

    /** The window's place, and which moves the customise controls offer. */
    public record Arrange(boolean locked, boolean own, int column, int position, boolean canUp, boolean canDown,
                          boolean canLeft, boolean canRight) {
        public boolean isLocked() { return locked; }
        public boolean isOwn() { return own; }
        public int getColumn() { return column; }
        public int getPosition() { return position; }
        public boolean isCanUp() { return canUp; }
        public boolean isCanDown() { return canDown; }
        public boolean isCanLeft() { return canLeft; }
        public boolean isCanRight() { return canRight; }
    }

    /** A mode or window-state control in the title bar. */
    public record Control(String kind, String label, String url, boolean active) {
        public String getKind() { return kind; }
        public String getLabel() { return label; }
        public String getUrl() { return url; }
        public boolean isActive() { return active; }
    }
}
