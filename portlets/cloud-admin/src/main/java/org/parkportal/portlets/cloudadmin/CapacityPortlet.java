package org.parkportal.portlets.cloudadmin;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;

import javax.portlet.HeaderRequest;
import javax.portlet.HeaderResponse;
import javax.portlet.MimeResponse;
import javax.portlet.PortletException;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.parkportal.cloud.inventory.domain.InventoryRefused;

/**
 * The capacity dashboard: allocated versus total CPU, RAM and primary storage of every zone, pod and cluster with
 * its allocation thresholds, as three Chart.js bar charts and one table with the same figures; clusters above a
 * threshold are highlighted (in words too, not by colour alone).
 */
public class CapacityPortlet extends CloudAdminPortlet {

    /** The one copy of Chart.js the portal serves (WebJarServlet); analytics and billing name the same dependency. */
    static final String CHART_JS = "/webjars/chart.js/4.4.1/dist/chart.umd.js";
    private static final Logger LOG = System.getLogger(CapacityPortlet.class.getName());

    @Override
    public void renderHeaders(HeaderRequest request, HeaderResponse response) {
        response.addDependency("park-cloud-css", "parkportal", "1.0", STYLE);
        response.addDependency("chart.js", "webjars", "4.4.1",
                "<script src=\"" + portalContext(response) + CHART_JS + "\"></script>");
        response.addDependency("park-cloud-capacity", "parkportal", "1.0",
                "<script src=\"" + request.getContextPath() + "/js/capacity-charts.js\"></script>");
    }

    @Override
    protected void doView(RenderRequest request, RenderResponse response) throws PortletException, IOException {
        try {
            List<CapacityRow> rows = capacity().figures().stream().map(CapacityRow::new).toList();
            request.setAttribute("rows", rows);
            request.setAttribute("chartData", CapacityChart.json(rows, getResourceBundle(request.getLocale())));
        } catch (InventoryRefused refused) {
            LOG.log(Level.INFO, "Capacity report refused to {0}: {1}", request.getRemoteUser(), refused.getMessage());
            request.setAttribute("refused", "inventory.refused." + refused.reason().name());
        }
        include("capacity.jsp", request, response);
    }

    /**
     * The portal's context path (where it serves Chart.js), read off one of its own URLs: this portlet lives in
     * another web application, whose context path request.getContextPath() gives.
     */
    static String portalContext(MimeResponse response) {
        return portalContextOf(response.createRenderURL(MimeResponse.Copy.NONE).toString());
    }

    static String portalContextOf(String url) {
        int scheme = url.indexOf("://");
        int path = scheme < 0 ? 0 : url.indexOf('/', scheme + 3);
        int end = path < 0 ? -1 : url.indexOf('/', path + 1);
        return path < 0 || end < 0 ? "/portal" : url.substring(path, end);
    }
}
