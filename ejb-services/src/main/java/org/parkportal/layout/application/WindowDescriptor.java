package org.parkportal.layout.application;

/**
 * A portlet window on a page.
 *
 * @param portlet "application/portlet", e.g. "samples/welcome"
 * @param locked  users can neither move nor remove it from their arrangement of the page
 * @param own     the viewing user added it (personalisation), it is not on the shared page
 */
public record WindowDescriptor(String id, String portlet, int column, int position, boolean locked, boolean own) {

    public WindowDescriptor(String id, String portlet, int column, int position) {
        this(id, portlet, column, position, false, false);
    }

    public String application() {
        return portlet.substring(0, portlet.indexOf('/'));
    }

    public String portletName() {
        return portlet.substring(portlet.indexOf('/') + 1);
    }
}
