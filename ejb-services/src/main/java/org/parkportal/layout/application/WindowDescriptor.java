package org.parkportal.layout.application;

/**
 * A portlet window on a page.
 *
 * @param portlet "application/portlet", e.g. "samples/welcome"
 */
public record WindowDescriptor(String id, String portlet, int column, int position) {

    public String application() {
        return portlet.substring(0, portlet.indexOf('/'));
    }

    public String portletName() {
        return portlet.substring(portlet.indexOf('/') + 1);
    }
}
