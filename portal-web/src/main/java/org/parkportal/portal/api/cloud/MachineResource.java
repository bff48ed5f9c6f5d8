package org.parkportal.portal.api.cloud;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.parkportal.cloud.application.CloudTexts;
import org.parkportal.cloud.machines.application.CloudMachines;
import org.parkportal.cloud.machines.application.VmView;
import org.parkportal.cloud.ordering.domain.OrderRefused;
import org.parkportal.portal.api.JsonBody;
import org.parkportal.portal.api.SignedIn;
import org.parkportal.portal.driver.Locales;

/**
 * The caller's servers, disks and snapshots over HTTP: {@code GET /api/v1/cloud/vms} and {@code .../vms/{id}};
 * {@code POST .../vms/{id}/start}, {@code stop}, {@code reboot}, {@code destroy} and {@code offering} (body
 * {@code {"offering": id, "vcpus"?, "ramMib"?}}, the server stopped); {@code GET/POST .../vms/{id}/volumes} (a new
 * data disk: {@code {"diskOffering": id, "sizeGb"?}}); {@code GET .../volumes/detached} (data disks attached to no
 * VM, still billed: the caller's to attach or delete); {@code POST .../volumes/{id}/attach} ({@code {"vm": id}}),
 * {@code .../detach}, {@code DELETE .../volumes/{id}}; {@code POST .../volumes/{id}/snapshots},
 * {@code GET .../vms/{id}/snapshots}, {@code DELETE .../snapshots/{id}}. Who may act on what is the back office's
 * (CloudMachines: the owner, the tenant's managers, operators; anybody else gets 404); refusals become problems in
 * OrderRefusals. The paths under {@code cloud/catalog} and {@code cloud/orders} belong to the resources of those
 * names (a longer literal path wins).
 */
@Path("cloud")
@ApplicationScoped
@SignedIn
@Produces(MediaType.APPLICATION_JSON)
public class MachineResource {

    @EJB
    private CloudMachines machines;

    @GET
    @Path("vms")
    public Response vms(@Context HttpServletRequest request) {
        CloudTexts texts = texts(request);
        JsonArrayBuilder list = Json.createArrayBuilder();
        machines.machines().forEach(v -> list.add(CloudJson.vm(v, texts)));
        return CloudJson.answer(Response.ok(), list.build());
    }

    @GET
    @Path("vms/{id}")
    public Response vm(@PathParam("id") String id, @Context HttpServletRequest request) {
        return vm(machines.machine(CloudJson.pathId(id)), request);
    }

    @POST
    @Path("vms/{id}/start")
    public Response start(@PathParam("id") String id, @Context HttpServletRequest request) {
        return vm(machines.start(CloudJson.pathId(id)), request);
    }

    @POST
    @Path("vms/{id}/stop")
    public Response stop(@PathParam("id") String id, @Context HttpServletRequest request) {
        return vm(machines.stop(CloudJson.pathId(id)), request);
    }

    @POST
    @Path("vms/{id}/reboot")
    public Response reboot(@PathParam("id") String id, @Context HttpServletRequest request) {
        return vm(machines.reboot(CloudJson.pathId(id)), request);
    }

    @POST
    @Path("vms/{id}/destroy")
    public Response destroy(@PathParam("id") String id, @Context HttpServletRequest request) {
        return vm(machines.destroy(CloudJson.pathId(id)), request);
    }

    @POST
    @Path("vms/{id}/offering")
    public Response changeOffering(@PathParam("id") String id, String body, @Context HttpServletRequest request) {
        long vm = CloudJson.pathId(id);
        Map<String, Object> values = JsonBody.values(body);
        return vm(machines.changeOffering(vm, CloudJson.id(values, "offering", OrderRefused.Reason.NOT_ORDERABLE, true),
                CloudJson.count(values, "vcpus"), CloudJson.number(values, "ramMib")), request);
    }

    @GET
    @Path("vms/{id}/volumes")
    public Response volumes(@PathParam("id") String id) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        machines.volumes(CloudJson.pathId(id)).forEach(v -> list.add(CloudJson.volume(v)));
        return CloudJson.answer(Response.ok(), list.build());
    }

    @POST
    @Path("vms/{id}/volumes")
    public Response addDisk(@PathParam("id") String id, String body) {
        long vm = CloudJson.pathId(id);
        Map<String, Object> values = JsonBody.values(body);
        return CloudJson.answer(Response.status(Response.Status.CREATED), CloudJson.volume(machines.addDisk(vm,
                CloudJson.id(values, "diskOffering", OrderRefused.Reason.NOT_ORDERABLE, true),
                CloudJson.number(values, "sizeGb"))).build());
    }

    @GET
    @Path("volumes/detached")
    public Response detachedDisks() {
        JsonArrayBuilder list = Json.createArrayBuilder();
        machines.detachedDisks().forEach(v -> list.add(CloudJson.volume(v)));
        return CloudJson.answer(Response.ok(), list.build());
    }

    @POST
    @Path("volumes/{id}/attach")
    public Response attach(@PathParam("id") String id, String body) {
        long volume = CloudJson.pathId(id);
        // A server that is no number is no server the caller may see.
        long vm = CloudJson.id(JsonBody.values(body), "vm", OrderRefused.Reason.NOT_FOUND, true);
        return CloudJson.answer(Response.ok(), CloudJson.volume(machines.attach(volume, vm)).build());
    }

    @POST
    @Path("volumes/{id}/detach")
    public Response detach(@PathParam("id") String id) {
        return CloudJson.answer(Response.ok(), CloudJson.volume(machines.detach(CloudJson.pathId(id))).build());
    }

    @DELETE
    @Path("volumes/{id}")
    public Response deleteDisk(@PathParam("id") String id) {
        machines.deleteDisk(CloudJson.pathId(id));
        return Response.noContent().build();
    }

    @POST
    @Path("volumes/{id}/snapshots")
    public Response snapshot(@PathParam("id") String id) {
        return CloudJson.answer(Response.status(Response.Status.CREATED),
                CloudJson.snapshot(machines.snapshot(CloudJson.pathId(id))).build());
    }

    @GET
    @Path("vms/{id}/snapshots")
    public Response snapshots(@PathParam("id") String id) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        machines.snapshots(CloudJson.pathId(id)).forEach(s -> list.add(CloudJson.snapshot(s)));
        return CloudJson.answer(Response.ok(), list.build());
    }

    @DELETE
    @Path("snapshots/{id}")
    public Response deleteSnapshot(@PathParam("id") String id) {
        machines.deleteSnapshot(CloudJson.pathId(id));
        return Response.noContent().build();
    }

    private static Response vm(VmView vm, HttpServletRequest request) {
        return CloudJson.answer(Response.ok(), CloudJson.vm(vm, texts(request)).build());
    }

    private static CloudTexts texts(HttpServletRequest request) {
        return CloudTexts.of(Locales.resolve(request));
    }
}
