package org.parkportal.portlets.cloud;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.portlet.ActionParameters;
import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;
import javax.portlet.MimeResponse;
import javax.portlet.PortletException;
import javax.portlet.PortletURL;
import javax.portlet.ProcessAction;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.parkportal.cloud.application.CloudTexts;
import org.parkportal.cloud.catalogue.application.CatalogueItems.Orderable;
import org.parkportal.cloud.catalogue.domain.CatalogueRefused;
import org.parkportal.cloud.machines.application.SnapshotView;
import org.parkportal.cloud.machines.application.VmView;
import org.parkportal.cloud.machines.application.VolumeView;
import org.parkportal.cloud.machines.domain.VmState;
import org.parkportal.cloud.ordering.application.OrderView;
import org.parkportal.cloud.ordering.domain.OrderRefused;
import org.parkportal.cloud.ordering.domain.OrderStatus;

/**
 * "My servers": the caller's orders (status, price, who decided and when, why one failed or was rejected) and VMs
 * (state, offering, address, creation) with start / stop / reboot / destroy; one VM opened (render parameter
 * {@code vm}) shows its disks and snapshots with change of offering, new data disk, detach-and-delete and snapshot.
 * Destroying asks first (render parameter {@code confirm}). Data disks attached to no VM (detached, or left by a
 * destroyed VM, and billed all the same) are listed as "Disks not attached" with attach-to (a VM of their tenant and
 * zone that is not destroyed) and delete, which asks first (render parameter {@code confirmDisk}). Everything listed
 * is what the back office returns for the caller; ids from the request are only passed on, and the back office
 * answers NOT_FOUND for anybody else's.
 */
public class ServersPortlet extends CloudPortlet {

    static final String VM = "vm";
    static final String VOLUME = "volume";
    static final String CONFIRM = "confirm";
    static final String CONFIRM_DISK = "confirmDisk";
    /** The disk and the VM last chosen to attach it to, kept so a refused attach shows the choice again. */
    static final String ATTACH_DISK = "attachDisk";
    static final String ATTACH_TO = "attachTo";
    private static final int MAX_ORDERS = 50;
    private static final Logger LOG = System.getLogger(ServersPortlet.class.getName());

    @Override
    protected void doView(RenderRequest request, RenderResponse response) throws PortletException, IOException {
        if (request.getRemoteUser() == null) {
            request.setAttribute("guest", true);
            include("servers.jsp", request, response);
            return;
        }
        request.setAttribute("me", request.getRemoteUser());
        Locale locale = request.getLocale();
        CloudTexts texts = cloudTexts(locale);
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(ZoneId.systemDefault());
        try {
            List<OrderRow> orders = new ArrayList<>();
            for (OrderView o : orders().orders(MAX_ORDERS)) {
                orders.add(new OrderRow(o, texts.state(o.status()), format(time, o.createdAt()),
                        format(time, o.decidedAt()), reason(o, texts), o.approvedAtOnce()));
            }
            request.setAttribute("orders", orders);
            List<VmRow> vms = new ArrayList<>();
            for (VmView vm : machines().machines()) {
                vms.add(new VmRow(vm, texts.state(vm.state()), format(time, vm.createdAt()),
                        url(response, VM, vm.id()), url(response, CONFIRM, vm.id())));
            }
            request.setAttribute("vms", vms);
            List<DiskRow> disks = detached(request, response, time);
            request.setAttribute("detachedDisks", disks);
            String confirmDisk = request.getRenderParameters().getValue(CONFIRM_DISK);
            if (confirmDisk != null) {
                long asked = id(confirmDisk);
                request.setAttribute("confirmDisk", disks.stream().filter(d -> d.disk().id() == asked).findFirst()
                        .orElseThrow(() -> new OrderRefused(OrderRefused.Reason.NOT_FOUND)).disk());
            }
            String opened = request.getRenderParameters().getValue(VM);
            if (opened != null) {
                open(opened, request, texts, time);
            }
            String confirm = request.getRenderParameters().getValue(CONFIRM);
            if (confirm != null) {
                request.setAttribute("confirm", machines().machine(id(confirm)));
            }
        } catch (OrderRefused refused) {
            LOG.log(Level.INFO, "My servers refused to {0}: {1}", request.getRemoteUser(), refused.getMessage());
            request.setAttribute("refusal", texts.refusal(refused));
        }
        request.setAttribute("listUrl", response.createRenderURL(MimeResponse.Copy.NONE).toString());
        include("servers.jsp", request, response);
    }

    /**
     * The caller's detached disks with the VMs each can go to: the same tenant and zone, not destroyed (the back
     * office checks again). Zones by name where the catalogue names them (a zone closed to new servers is not in it).
     */
    private List<DiskRow> detached(RenderRequest request, RenderResponse response, DateTimeFormatter time)
            throws PortletException {
        List<VolumeView> disks = machines().detachedDisks();
        if (disks.isEmpty()) {
            return List.of();
        }
        Map<Long, String> zones = new HashMap<>();
        try {
            catalogue().zones().forEach(z -> zones.put(z.id(), z.name()));
        } catch (CatalogueRefused refused) {
            // No zone open to the caller: the disks are listed by zone number.
        }
        List<VmView> alive = machines().machines().stream().filter(vm -> vm.state() != VmState.DESTROYED).toList();
        long chosenDisk = FormNumber.of(request.getRenderParameters().getValue(ATTACH_DISK)).orElse(-1L);
        long chosenVm = FormNumber.of(request.getRenderParameters().getValue(ATTACH_TO)).orElse(-1L);
        List<DiskRow> rows = new ArrayList<>();
        for (VolumeView disk : disks) {
            String tenant = disk.tenant();
            List<VmView> targets = alive.stream()
                    .filter(vm -> vm.zoneId() == disk.zoneId() && vm.tenant().equals(tenant)).toList();
            rows.add(new DiskRow(disk, zones.getOrDefault(disk.zoneId(), "#" + disk.zoneId()),
                    format(time, disk.detachedAt() != null ? disk.detachedAt() : disk.createdAt()), targets,
                    url(response, CONFIRM_DISK, disk.id()), disk.id() == chosenDisk ? chosenVm : -1));
        }
        return rows;
    }

    /** One VM with its disks, snapshots and what its zone offers for a new offering or disk. */
    private void open(String opened, RenderRequest request, CloudTexts texts, DateTimeFormatter time)
            throws PortletException {
        try {
            long id = id(opened);
            VmView vm = machines().machine(id);
            request.setAttribute("opened", new VmRow(vm, texts.state(vm.state()), format(time, vm.createdAt()), null,
                    null));
            request.setAttribute("volumes", machines().volumes(id));
            List<SnapshotView> snapshots = machines().snapshots(id);
            Map<Long, String> taken = new HashMap<>();
            snapshots.forEach(snapshot -> taken.put(snapshot.id(), format(time, snapshot.createdAt())));
            request.setAttribute("snapshots", snapshots);
            request.setAttribute("snapshotTimes", taken);
            try {
                Orderable orderable = catalogue().orderable(vm.zoneId());
                request.setAttribute("computeOfferings", orderable.computeOfferings());
                request.setAttribute("diskOfferings", orderable.diskOfferings());
            } catch (CatalogueRefused refused) {
                // The zone is closed to new resources: the VM can still be run, just not grown.
                request.setAttribute("computeOfferings", List.of());
                request.setAttribute("diskOfferings", List.of());
            }
        } catch (OrderRefused refused) {
            LOG.log(Level.INFO, "VM {0} refused to {1}: {2}", opened, request.getRemoteUser(), refused.getMessage());
            request.setAttribute("openRefusal", texts.refusal(refused));
        }
    }

    @ProcessAction(name = "start")
    public void start(ActionRequest request, ActionResponse response) throws PortletException {
        long id = vm(request, response);
        change(request, () -> machines().start(id), Outcome.done("done.start", name(request)));
    }

    @ProcessAction(name = "stop")
    public void stop(ActionRequest request, ActionResponse response) throws PortletException {
        long id = vm(request, response);
        change(request, () -> machines().stop(id), Outcome.done("done.stop", name(request)));
    }

    @ProcessAction(name = "reboot")
    public void reboot(ActionRequest request, ActionResponse response) throws PortletException {
        long id = vm(request, response);
        change(request, () -> machines().reboot(id), Outcome.done("done.reboot", name(request)));
    }

    /** Reached only from the confirmation, which names the VM. */
    @ProcessAction(name = "destroy")
    public void destroy(ActionRequest request, ActionResponse response) throws PortletException {
        long id = vm(request, response);
        response.getRenderParameters().removeParameter(VM);
        response.getRenderParameters().removeParameter(CONFIRM);
        change(request, () -> machines().destroy(id), Outcome.done("done.destroy", name(request)));
    }

    @ProcessAction(name = "changeOffering")
    public void changeOffering(ActionRequest request, ActionResponse response) throws PortletException {
        long id = vm(request, response);
        ActionParameters form = request.getActionParameters();
        change(request, () -> machines().changeOffering(id, id(form.getValue("offering")),
                optionalInt(form.getValue("vcpus"), "field.vcpus"), FormNumber.optional(form.getValue("ram"), "field.ram")),
                Outcome.done("done.changeOffering", name(request)));
    }

    @ProcessAction(name = "addDisk")
    public void addDisk(ActionRequest request, ActionResponse response) throws PortletException {
        long id = vm(request, response);
        ActionParameters form = request.getActionParameters();
        change(request, () -> machines().addDisk(id, id(form.getValue("disk")),
                FormNumber.optional(form.getValue("diskGb"), "field.diskGb")), Outcome.done("done.addDisk", name(request)));
    }

    /**
     * Detaches a data disk and deletes it. One step for the user: a detached disk would be billed on and no view
     * lists it, so it could never be deleted afterwards.
     */
    @ProcessAction(name = "deleteDisk")
    public void deleteDisk(ActionRequest request, ActionResponse response) throws PortletException {
        vm(request, response);
        long volume = id(request.getActionParameters().getValue(VOLUME));
        change(request, () -> {
            machines().detach(volume);
            machines().deleteDisk(volume);
        }, Outcome.done("done.deleteDisk", String.valueOf(request.getActionParameters().getValue("volumeName"))));
    }

    /** Detaches a data disk from the opened VM; it is then listed under "Disks not attached". */
    @ProcessAction(name = "detach")
    public void detach(ActionRequest request, ActionResponse response) throws PortletException {
        vm(request, response);
        long volume = id(request.getActionParameters().getValue(VOLUME));
        change(request, () -> machines().detach(volume),
                Outcome.done("done.detach", String.valueOf(request.getActionParameters().getValue("volumeName"))));
    }

    /** A disk of "Disks not attached" to the VM chosen next to it. */
    @ProcessAction(name = "attach")
    public void attach(ActionRequest request, ActionResponse response) throws PortletException {
        ActionParameters form = request.getActionParameters();
        String volumeText = form.getValue(VOLUME);
        String vmText = form.getValue(VM);
        if (volumeText != null && vmText != null) {
            response.getRenderParameters().setValue(ATTACH_DISK, volumeText.strip());
            response.getRenderParameters().setValue(ATTACH_TO, vmText.strip());
        }
        change(request, () -> {
            if (vmText == null || vmText.isBlank()) {
                throw new FormProblem("form.chooseServer", "field.attachTo");
            }
            machines().attach(id(volumeText), id(vmText));
        }, Outcome.done("done.attach", String.valueOf(form.getValue("volumeName"))));
    }

    /** Reached only from the confirmation, which names the disk. */
    @ProcessAction(name = "deleteDetached")
    public void deleteDetached(ActionRequest request, ActionResponse response) throws PortletException {
        ActionParameters form = request.getActionParameters();
        response.getRenderParameters().removeParameter(CONFIRM_DISK);
        change(request, () -> machines().deleteDisk(id(form.getValue(VOLUME))),
                Outcome.done("done.deleteDetached", String.valueOf(form.getValue("volumeName"))));
    }

    @ProcessAction(name = "deleteSnapshot")
    public void deleteSnapshot(ActionRequest request, ActionResponse response) throws PortletException {
        vm(request, response);
        String snapshot = request.getActionParameters().getValue("snapshot");
        change(request, () -> machines().deleteSnapshot(id(snapshot)),
                Outcome.done("done.deleteSnapshot", snapshot == null ? "" : snapshot.strip()));
    }

    @ProcessAction(name = "snapshot")
    public void snapshot(ActionRequest request, ActionResponse response) throws PortletException {
        vm(request, response);
        long volume = id(request.getActionParameters().getValue(VOLUME));
        change(request, () -> machines().snapshot(volume),
                Outcome.done("done.snapshot", String.valueOf(request.getActionParameters().getValue("volumeName"))));
    }

    /**
     * The VM the form names, kept open for the next render when it was open. Not a number: the refusal is kept and
     * -1 goes on, which the back office answers NOT_FOUND like any id that is not the caller's.
     */
    private static long vm(ActionRequest request, ActionResponse response) {
        String text = request.getActionParameters().getValue(VM);
        if ("true".equals(request.getActionParameters().getValue("opened")) && text != null) {
            response.getRenderParameters().setValue(VM, text.strip());
        }
        try {
            return id(text);
        } catch (OrderRefused refused) {
            return -1;
        }
    }

    /** The VM's name as the form shows it, for the confirmation text (escaped by the view). */
    private static String name(ActionRequest request) {
        String name = request.getActionParameters().getValue("name");
        return name == null ? "" : name.strip();
    }

    private static Integer optionalInt(String text, String field) {
        Long value = FormNumber.optional(text, field);
        return value == null ? null : (int) Math.min(Integer.MAX_VALUE, value);
    }

    private static String url(RenderResponse response, String parameter, long id) {
        PortletURL url = response.createRenderURL(MimeResponse.Copy.NONE);
        url.getRenderParameters().setValue(parameter, String.valueOf(id));
        return url.toString();
    }

    private static String format(DateTimeFormatter time, Instant at) {
        return at == null ? "" : time.format(at);
    }

    /** Why an order failed (the back office's words) or was rejected (the approver's comment, as written). */
    private static String reason(OrderView order, CloudTexts texts) {
        String failure = texts.orderFailure(order.reasonKey(), order.reasonArguments());
        if (failure != null) {
            return failure;
        }
        return order.status() == OrderStatus.REJECTED && order.reasonArguments() != null ? order.reasonArguments() : "";
    }
}
