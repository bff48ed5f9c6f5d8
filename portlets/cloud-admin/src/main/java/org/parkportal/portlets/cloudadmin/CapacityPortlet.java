package org.parkportal.portlets.cloudadmin;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;

import javax.portlet.HeaderRequest;
import javax.portlet.HeaderResponse;
import javax.portlet.PortletException;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.parkportal.cloud.inventory.domain.InventoryRefused;
import org.parkportal.portlets.support.PortalResources;

/**
 * The capacity dashboard: allocated versus total CPU, RAM and primary storage of every zone, pod and cluster with
 * its allocation thresholds, as three Chart.js bar charts and one table with the same figures; clusters above a
 * threshold are highlighted (in words too, not by colour alone).
 */
public class CapacityPortlet extends CloudAdminPortlet {

    private static final Logger LOG = System.getLogger(CapacityPortlet.class.getName());

    @Override
    public void renderHeaders(HeaderRequest request, HeaderResponse response) {
        response.addDependency("park-cloud-css", "parkportal", "1.0", STYLE);
        PortalResources.addChartJs(response);
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
}
