package org.parkportal.portlets.cloudadmin;

import javax.portlet.ActionParameters;
import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;

import org.parkportal.cloud.inventory.domain.InventoryRefused.Reason;

/** The inventory view's form for a zone's new secondary storage (templates, ISOs, snapshots): name, URL, capacity. */
final class SecondaryStorageForm {

    private final InventoryPortlet portlet;

    SecondaryStorageForm(InventoryPortlet portlet) {
        this.portlet = portlet;
    }

    void add(ActionRequest request, ActionResponse response) {
        ActionParameters form = request.getActionParameters();
        String name = FormInput.text(form.getValue("name"));
        portlet.change(request, "secondary", () -> portlet.inventory().addSecondaryStorage(
                FormInput.id(form.getValue(InventoryPortlet.ZONE)), name, FormInput.text(form.getValue("url")),
                FormInput.whole(form.getValue("capacityGb"), Reason.INVALID_CAPACITY)),
                Notice.done("secondary.created", name));
        InventoryPortlet.stayIn(response, form.getValue(InventoryPortlet.ZONE));
    }
}
