package org.parkportal.portal.api.cloud;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.parkportal.cloud.catalogue.application.Catalogue;
import org.parkportal.cloud.catalogue.application.CatalogueItems.ComputeChoice;
import org.parkportal.cloud.catalogue.application.CatalogueItems.DiskChoice;
import org.parkportal.cloud.catalogue.application.CatalogueItems.NetworkChoice;
import org.parkportal.cloud.catalogue.application.CatalogueItems.Orderable;
import org.parkportal.cloud.catalogue.application.CatalogueItems.ZoneChoice;
import org.parkportal.portal.api.SignedIn;

/**
 * {@code GET /api/v1/cloud/catalog}: what the caller's tenant may order, in one answer — the zones open to it, each
 * zone's templates (with their zone), and the compute, disk and network offerings visible to it (offerings are the
 * same in every zone, so each is listed once). The back office's Catalogue decides visibility; a tenant never sees
 * another tenant's private items. Application-scoped like the other API resources (no per-request state).
 */
@Path("cloud/catalog")
@ApplicationScoped
@SignedIn
@Produces(MediaType.APPLICATION_JSON)
public class CatalogResource {

    @EJB
    private Catalogue catalogue;

    @GET
    public Response catalog() {
        JsonArrayBuilder zones = Json.createArrayBuilder();
        JsonArrayBuilder templates = Json.createArrayBuilder();
        Map<Long, ComputeChoice> offerings = new LinkedHashMap<>();
        Map<Long, DiskChoice> disks = new LinkedHashMap<>();
        Map<Long, NetworkChoice> networks = new LinkedHashMap<>();
        for (ZoneChoice zone : catalogue.zones()) {
            Orderable orderable = catalogue.orderable(zone.id());
            zones.add(Json.createObjectBuilder().add("id", zone.id()).add("name", zone.name()));
            orderable.templates().forEach(t -> templates.add(CloudJson.template(t, zone.id())));
            orderable.computeOfferings().forEach(o -> offerings.putIfAbsent(o.id(), o));
            orderable.diskOfferings().forEach(o -> disks.putIfAbsent(o.id(), o));
            orderable.networkOfferings().forEach(o -> networks.putIfAbsent(o.id(), o));
        }
        JsonArrayBuilder compute = Json.createArrayBuilder();
        offerings.values().forEach(o -> compute.add(CloudJson.offering(o)));
        JsonArrayBuilder disk = Json.createArrayBuilder();
        disks.values().forEach(o -> disk.add(CloudJson.diskOffering(o)));
        JsonArrayBuilder network = Json.createArrayBuilder();
        networks.values().forEach(o -> network.add(CloudJson.networkOffering(o)));
        return CloudJson.answer(Response.ok(), Json.createObjectBuilder().add("zones", zones)
                .add("templates", templates).add("offerings", compute).add("diskOfferings", disk)
                .add("networkOfferings", network).build());
    }
}
