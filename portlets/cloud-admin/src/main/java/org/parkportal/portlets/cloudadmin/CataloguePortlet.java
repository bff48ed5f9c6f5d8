package org.parkportal.portlets.cloudadmin;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.portlet.ActionParameters;
import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;
import javax.portlet.HeaderRequest;
import javax.portlet.HeaderResponse;
import javax.portlet.PortletException;
import javax.portlet.ProcessAction;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.parkportal.cloud.catalogue.application.CatalogueEntry;
import org.parkportal.cloud.catalogue.application.CatalogueEntry.Kind;
import org.parkportal.cloud.catalogue.application.NewComputeOffering;
import org.parkportal.cloud.inventory.application.InventoryAdministration;
import org.parkportal.cloud.inventory.domain.InventoryRefused;
import org.parkportal.cloud.inventory.domain.InventoryRefused.Reason;
import org.parkportal.cloud.inventory.domain.SecondaryStorage;
import org.parkportal.cloud.inventory.domain.Zone;
import org.parkportal.cloud.placement.domain.PlacementStrategy;

/**
 * The cloud's catalogue for its operators: every compute, disk and network offering, template and ISO with who may
 * order it (all tenants or those listed) and whether it is retired; a form per row to change its visibility and a
 * button to retire it; forms to create offerings and register an image in a zone's secondary storage. A refused form
 * comes back with what was typed.
 */
public class CataloguePortlet extends CloudAdminPortlet {

    private static final Logger LOG = System.getLogger(CataloguePortlet.class.getName());

    @Override
    public void renderHeaders(HeaderRequest request, HeaderResponse response) {
        response.addDependency("park-cloud-css", "parkportal", "1.0", STYLE);
    }

    @Override
    protected void doView(RenderRequest request, RenderResponse response) throws PortletException, IOException {
        try {
            Map<Kind, List<CatalogueEntry>> byKind = new EnumMap<>(Kind.class);
            for (Kind kind : Kind.values()) {
                byKind.put(kind, new ArrayList<>());
            }
            catalogue().items().forEach(e -> byKind.get(e.kind()).add(e));
            InventoryAdministration inventory = inventory();
            Map<Long, String> storages = new LinkedHashMap<>();
            for (Zone zone : inventory.zones()) {
                for (SecondaryStorage s : inventory.secondaryStorage(zone.id())) {
                    storages.put(s.id(), zone.name() + " · " + s.name());
                }
            }
            request.setAttribute("items", byKind);
            request.setAttribute("kinds", Arrays.asList(Kind.values()));
            request.setAttribute("storages", storages);
            request.setAttribute("strategies", Arrays.asList(PlacementStrategy.values()));
        } catch (InventoryRefused refused) {
            LOG.log(Level.INFO, "Cloud catalogue refused to {0}: {1}", request.getRemoteUser(), refused.getMessage());
            request.setAttribute("refused", "inventory.refused." + refused.reason().name());
        }
        include("catalogue.jsp", request, response);
    }

    @ProcessAction(name = "createCompute")
    public void createCompute(ActionRequest request, ActionResponse response) {
        ActionParameters form = request.getActionParameters();
        String code = FormInput.text(form.getValue("code"));
        change(request, "compute", () -> {
            boolean custom = "custom".equals(form.getValue("size"));
            int vcpus = FormInput.wholeInt(form.getValue("vcpus"), Reason.INVALID_CAPACITY);
            long ramMib = FormInput.whole(form.getValue("ramMib"), Reason.INVALID_CAPACITY);
            String strategy = FormInput.text(form.getValue("strategy"));
            catalogue().createComputeOffering(new NewComputeOffering(code, FormInput.text(form.getValue("name")),
                    custom, vcpus, custom ? FormInput.wholeInt(form.getValue("maxVcpus"), Reason.INVALID_CAPACITY)
                    : vcpus, ramMib, custom ? FormInput.whole(form.getValue("maxRamMib"), Reason.INVALID_CAPACITY)
                    : ramMib, FormInput.wholeInt(form.getValue("mhzPerVcpu"), Reason.INVALID_CAPACITY),
                    FormInput.words(form.getValue("hostTags")), FormInput.words(form.getValue("storageTags")),
                    strategy.isEmpty() ? null : FormInput.choice(PlacementStrategy.class, strategy),
                    FormInput.words(form.getValue("tenants"))));
        }, Notice.done("compute.created", code));
    }

    @ProcessAction(name = "createDisk")
    public void createDisk(ActionRequest request, ActionResponse response) {
        ActionParameters form = request.getActionParameters();
        String code = FormInput.text(form.getValue("code"));
        change(request, "disk", () -> {
            boolean custom = "custom".equals(form.getValue("size"));
            long minGb = FormInput.whole(form.getValue("minGb"), Reason.INVALID_CAPACITY);
            catalogue().createDiskOffering(code, FormInput.text(form.getValue("name")), custom, minGb,
                    custom ? FormInput.whole(form.getValue("maxGb"), Reason.INVALID_CAPACITY) : minGb,
                    FormInput.words(form.getValue("storageTags")), FormInput.words(form.getValue("tenants")));
        }, Notice.done("disk.created", code));
    }

    @ProcessAction(name = "registerImage")
    public void registerImage(ActionRequest request, ActionResponse response) {
        ActionParameters form = request.getActionParameters();
        String name = FormInput.text(form.getValue("name"));
        boolean iso = "ISO".equals(form.getValue("kind"));
        change(request, "image", () -> catalogue().registerImage(FormInput.id(form.getValue("storage")), iso, name,
                FormInput.text(form.getValue("osType")),
                FormInput.whole(form.getValue("sizeGb"), Reason.INVALID_CAPACITY),
                FormInput.words(form.getValue("tenants"))), Notice.done(iso ? "iso.registered" : "template.registered",
                name));
    }

    @ProcessAction(name = "createNetwork")
    public void createNetwork(ActionRequest request, ActionResponse response) {
        ActionParameters form = request.getActionParameters();
        String code = FormInput.text(form.getValue("code"));
        change(request, "network", () -> catalogue().createNetworkOffering(code, FormInput.text(form.getValue("name")),
                form.getValue("sourceNat") != null, form.getValue("firewall") != null,
                form.getValue("loadBalancer") != null, form.getValue("dhcp") != null, form.getValue("dns") != null,
                FormInput.words(form.getValue("tenants"))), Notice.done("network.created", code));
    }

    @ProcessAction(name = "changeVisibility")
    public void changeVisibility(ActionRequest request, ActionResponse response) {
        ActionParameters form = request.getActionParameters();
        String item = FormInput.text(form.getValue("item"));
        change(request, "visibility:" + FormInput.text(form.getValue("kind")) + ":" + FormInput.text(form.getValue("id")),
                () -> catalogue().changeVisibility(FormInput.choice(Kind.class, form.getValue("kind")),
                        FormInput.id(form.getValue("id")), FormInput.words(form.getValue("tenants"))),
                Notice.done("visibility.changed", item));
    }

    @ProcessAction(name = "retire")
    public void retire(ActionRequest request, ActionResponse response) {
        ActionParameters form = request.getActionParameters();
        String item = FormInput.text(form.getValue("item"));
        change(request, "retire", () -> catalogue().retire(FormInput.choice(Kind.class, form.getValue("kind")),
                FormInput.id(form.getValue("id"))), Notice.done("item.retired", item));
    }
}
