package org.parkportal.portal.navigation;

import java.util.LinkedHashMap;
import java.util.Map;

/** The navigational state of one window: portlet mode, window state and private render parameters. */
public final class WindowNavigation {

    public static final String VIEW = "view";
    public static final String NORMAL = "normal";

    private String mode = VIEW;
    private String state = NORMAL;
    private final Map<String, String[]> parameters = new LinkedHashMap<>();

    public String mode() { return mode; }
    public String state() { return state; }
    public Map<String, String[]> parameters() { return parameters; }

    public void mode(String mode) { this.mode = mode == null ? VIEW : mode; }
    public void state(String state) { this.state = state == null ? NORMAL : state; }

    public boolean isDefault() {
        return VIEW.equals(mode) && NORMAL.equals(state) && parameters.isEmpty();
    }

    public WindowNavigation copy() {
        WindowNavigation copy = new WindowNavigation();
        copy.mode = mode;
        copy.state = state;
        parameters.forEach((k, v) -> copy.parameters.put(k, v.clone()));
        return copy;
    }
}
