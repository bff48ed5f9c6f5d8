package org.parkportal.portal.container;

import javax.portlet.PortletMode;
import javax.portlet.WindowState;
import org.apache.pluto.container.PortletWindow;
import org.apache.pluto.container.PortletWindowID;
import org.apache.pluto.container.om.portlet.PortletDefinition;

/** A portlet window as the container sees it: id, the portlet it shows, and its current mode and state. */
public final class PortalWindow implements PortletWindow {

    private final PortletWindowID id;
    private final PortletDefinition definition;
    private final PortletMode mode;
    private final WindowState state;

    public PortalWindow(String id, PortletDefinition definition, String mode, String state) {
        this.id = () -> id;
        this.definition = definition;
        this.mode = new PortletMode(mode);
        this.state = new WindowState(state);
    }

    @Override public PortletWindowID getId() { return id; }
    @Override public WindowState getWindowState() { return state; }
    @Override public PortletMode getPortletMode() { return mode; }
    @Override public PortletDefinition getPortletDefinition() { return definition; }

    public String applicationName() {
        return definition.getApplication().getName();
    }
}
