package org.parkportal.portlets.cloudadmin;

import javax.portlet.ActionParameters;
import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;

import org.parkportal.cloud.inventory.application.NewNetwork;
import org.parkportal.cloud.inventory.domain.InventoryRefused.Reason;
import org.parkportal.cloud.inventory.domain.NetworkRule;

/**
 * The inventory view's network forms, CloudStack's "guest network" screens: a zone's new network, a network's public
 * IP range, a firewall / port-forwarding / load-balancer rule added to a network or removed from it.
 */
final class NetworkForms {

    private final InventoryPortlet portlet;

    NetworkForms(InventoryPortlet portlet) {
        this.portlet = portlet;
    }

    void addNetwork(ActionRequest request, ActionResponse response) {
        ActionParameters form = request.getActionParameters();
        String name = FormInput.text(form.getValue("name"));
        portlet.change(request, "network", () -> portlet.inventory().addNetwork(FormInput.id(form.getValue(InventoryPortlet.ZONE)),
                new NewNetwork(name,
                        FormInput.wholeInt(form.getValue("vlanFirst"), Reason.INVALID_VLAN_RANGE),
                        FormInput.wholeInt(form.getValue("vlanLast"), Reason.INVALID_VLAN_RANGE),
                        FormInput.optional(form.getValue("cidr")), FormInput.optional(form.getValue("gateway")),
                        form.getValue("sourceNat") != null, form.getValue("dhcp") != null,
                        FormInput.optional(form.getValue("dns1")), FormInput.optional(form.getValue("dns2")),
                        FormInput.optional(form.getValue("dnsDomain")))), Notice.done("network.created", name));
        InventoryPortlet.stayIn(response, form.getValue(InventoryPortlet.ZONE));
    }

    void addPublicIpRange(ActionRequest request, ActionResponse response) {
        ActionParameters form = request.getActionParameters();
        String first = FormInput.text(form.getValue("firstIp"));
        String last = FormInput.text(form.getValue("lastIp"));
        portlet.change(request, "ipRange", () -> portlet.inventory().addPublicIpRange(
                FormInput.id(form.getValue("network")), first, last), Notice.done("ipRange.created", first, last));
        InventoryPortlet.stayIn(response, form.getValue(InventoryPortlet.ZONE));
    }

    /** A blank last port means the first port alone. */
    void addRule(ActionRequest request, ActionResponse response) {
        ActionParameters form = request.getActionParameters();
        String network = FormInput.text(form.getValue("networkName"));
        portlet.change(request, "rule", () -> {
            int first = FormInput.wholeInt(form.getValue("portFirst"), Reason.INVALID_RULE);
            String last = FormInput.optional(form.getValue("portLast"));
            portlet.inventory().addNetworkRule(FormInput.id(form.getValue("network")),
                    FormInput.choice(NetworkRule.Kind.class, form.getValue("kind")),
                    FormInput.text(form.getValue("protocol")),
                    first, last == null ? first : FormInput.wholeInt(last, Reason.INVALID_RULE),
                    FormInput.text(form.getValue("source")), FormInput.optional(form.getValue("target")));
        }, Notice.done("rule.created", network));
        InventoryPortlet.stayIn(response, form.getValue(InventoryPortlet.ZONE));
    }

    void removeRule(ActionRequest request, ActionResponse response) {
        ActionParameters form = request.getActionParameters();
        portlet.change(request, "ruleRemove", () -> portlet.inventory().removeNetworkRule(
                FormInput.whole(form.getValue("rule"), Reason.RULE_NOT_FOUND)),
                Notice.done("rule.removed", FormInput.text(form.getValue("networkName"))));
        InventoryPortlet.stayIn(response, form.getValue(InventoryPortlet.ZONE));
    }
}
