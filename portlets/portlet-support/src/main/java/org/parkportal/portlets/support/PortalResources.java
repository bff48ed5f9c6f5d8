package org.parkportal.portlets.support;

import javax.portlet.HeaderResponse;
import javax.portlet.MimeResponse;

/**
 * What the portal web application serves for every portlet, seen from a portlet WAR: its context path (read off
 * one of its own URLs, since request.getContextPath() is the portlet's application) and the one copy of Chart.js
 * it serves (WebJarServlet), declared as a shared header dependency so a page of several chart portlets loads it
 * once.
 */
public final class PortalResources {

    static final String CHART_JS = "/webjars/chart.js/4.4.1/dist/chart.umd.js";

    private PortalResources() {
    }

    /** The portal's context path, e.g. {@code /portal}. */
    public static String portalContext(MimeResponse response) {
        return portalContextOf(response.createRenderURL(MimeResponse.Copy.NONE).toString());
    }

    /** The first path segment of a portal URL (absolute or not); {@code /portal} when it has none. */
    public static String portalContextOf(String url) {
        int scheme = url.indexOf("://");
        int path = scheme < 0 ? 0 : url.indexOf('/', scheme + 3);
        int end = path < 0 ? -1 : url.indexOf('/', path + 1);
        return path < 0 || end < 0 ? "/portal" : url.substring(path, end);
    }

    /** Chart.js for this page's head, under the name and version every chart portlet uses. */
    public static void addChartJs(HeaderResponse response) {
        response.addDependency("chart.js", "webjars", "4.4.1",
                "<script src=\"" + portalContext(response) + CHART_JS + "\"></script>");
    }
}
