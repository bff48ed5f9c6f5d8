package org.parkportal.portlets.cloudadmin;

import java.util.LinkedHashMap;
import java.util.Map;

import javax.portlet.ActionParameters;
import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;

import org.parkportal.cloud.inventory.domain.AllocationLimits;
import org.parkportal.cloud.inventory.domain.Cluster;

/**
 * The inventory view's edit form of one cluster: its own allocation thresholds and overcommit factors (a blank field:
 * the zone's value) and whether it takes new servers.
 */
final class ClusterForm {

    private final InventoryPortlet portlet;

    ClusterForm(InventoryPortlet portlet) {
        this.portlet = portlet;
    }

    void change(ActionRequest request, ActionResponse response) {
        ActionParameters form = request.getActionParameters();
        String name = FormInput.text(form.getValue("clusterName"));
        // The form names the cluster, so a refusal refills that cluster's form and no other.
        portlet.change(request, "cluster-" + FormInput.text(form.getValue("cluster")),
                () -> portlet.inventory().changeCluster(FormInput.id(form.getValue("cluster")),
                        FormInput.limits(form), form.getValue("enabled") != null),
                Notice.done("cluster.changed", name));
        InventoryPortlet.stayIn(response, form.getValue(InventoryPortlet.ZONE));
    }

    /** The cluster's own settings as its form's fields: thresholds in percent, blank where the zone's apply. */
    static Map<String, String> values(Cluster cluster) {
        AllocationLimits own = cluster.ownLimits();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("cpuThreshold", InventoryPortlet.percent(own.cpuThreshold()));
        values.put("ramThreshold", InventoryPortlet.percent(own.ramThreshold()));
        values.put("storageThreshold", InventoryPortlet.percent(own.storageThreshold()));
        values.put("cpuOvercommit", InventoryPortlet.plain(own.cpuOvercommit()));
        values.put("ramOvercommit", InventoryPortlet.plain(own.ramOvercommit()));
        if (cluster.enabled()) {
            values.put("enabled", "on");
        }
        return values;
    }
}
