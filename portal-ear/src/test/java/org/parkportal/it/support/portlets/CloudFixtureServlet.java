package org.parkportal.it.support.portlets;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import org.parkportal.cloud.application.CloudTexts;
import org.parkportal.cloud.catalogue.application.Catalogue;
import org.parkportal.cloud.inventory.application.CapacityFigures;
import org.parkportal.cloud.inventory.application.CapacityReport;
import org.parkportal.cloud.inventory.application.InventoryAdministration;
import org.parkportal.cloud.inventory.domain.AllocationLimits;
import org.parkportal.cloud.inventory.domain.Host;
import org.parkportal.cloud.inventory.domain.Hypervisor;
import org.parkportal.cloud.inventory.domain.InventoryRefused;
import org.parkportal.cloud.inventory.domain.Zone;
import org.parkportal.cloud.placement.application.Placement;
import org.parkportal.cloud.placement.domain.PlacementRefused;
import org.parkportal.cloud.placement.domain.PlacementRequest;
import org.parkportal.cloud.placement.domain.Reservation;

/**
 * Plays the services that will use the cloud context, as the signed-in caller (single sign-on), through the real
 * EJBs: GET /cloud/inventory (zones, hosts, capacity rows and what the caller's tenant may order in each zone);
 * POST /cloud/zone (name, optional tenant to make it private to that tenant: a small zone of one KVM cluster with two 8-core × 2000 MHz, 16 GiB hosts, CPU threshold
 * 90 %, one 1000 GB pool; operators only); POST /cloud/reserve (zone, tenant, vcpus, mhz, ram, disk, reference,
 * language: placed with host and reservation id, or refused with the kind and the translated reason); GET
 * /cloud/zone?zone: its hosts and clusters with allocation and capacity, and its reservations.
 */
@WebServlet("/cloud/*")
public class CloudFixtureServlet extends HttpServlet {

    private static final String MODULE = "java:global/portal/ejb-services/";

    @EJB(lookup = MODULE + "DefaultInventoryAdministration!org.parkportal.cloud.inventory.application.InventoryAdministration")
    private InventoryAdministration inventory;

    @EJB(lookup = MODULE + "DefaultCapacityReport!org.parkportal.cloud.inventory.application.CapacityReport")
    private CapacityReport capacity;

    @EJB(lookup = MODULE + "DefaultCatalogue!org.parkportal.cloud.catalogue.application.Catalogue")
    private Catalogue catalogue;

    @EJB(lookup = MODULE + "DefaultPlacement!org.parkportal.cloud.placement.application.Placement")
    private Placement placement;

    @Resource
    private UserTransaction transaction;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            if ("/inventory".equals(request.getPathInfo())) {
                json(response, 200, inventory());
            } else if ("/catalogue".equals(request.getPathInfo())) {
                JsonArrayBuilder zones = Json.createArrayBuilder();
                catalogue.zones().forEach(z -> zones.add(orderable(z.id())));
                json(response, 200, Json.createObjectBuilder().add("zones", zones));
            } else {
                json(response, 200, zone(Long.parseLong(request.getParameter("zone"))));
            }
        } catch (InventoryRefused refused) {
            json(response, 403, Json.createObjectBuilder().add("refused", refused.reason().name()));
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            transaction.begin();
            JsonObjectBuilder answer = "/zone".equals(request.getPathInfo())
                    ? createZone(request.getParameter("name"), request.getParameter("tenant")) : reserve(request);
            transaction.commit();
            json(response, 200, answer);
        } catch (InventoryRefused refused) {
            rollbackQuietly();
            json(response, 403, Json.createObjectBuilder().add("refused", refused.reason().name()));
        } catch (Exception e) {
            rollbackQuietly();
            throw new IOException(e);
        }
    }

    private JsonObjectBuilder inventory() {
        JsonArrayBuilder zones = Json.createArrayBuilder();
        for (Zone z : inventory.zones()) {
            JsonArrayBuilder hosts = Json.createArrayBuilder();
            inventory.clusters(z.id()).forEach(c -> inventory.hosts(c.id()).forEach(h -> hosts.add(
                    Json.createObjectBuilder().add("name", h.name()).add("cluster", c.name())
                            .add("hypervisor", c.hypervisor().name()).add("state", h.state().name()))));
            zones.add(Json.createObjectBuilder().add("id", z.id()).add("name", z.name()).add("hosts", hosts)
                    .add("pods", inventory.pods(z.id()).size())
                    .add("networks", inventory.networks(z.id()).size())
                    .add("secondaryStorage", inventory.secondaryStorage(z.id()).size()));
        }
        JsonArrayBuilder rows = Json.createArrayBuilder();
        for (CapacityFigures f : capacity.figures()) {
            rows.add(Json.createObjectBuilder().add("level", f.level().name()).add("name", f.name())
                    .add("totalMhz", f.totalMhz()).add("totalRamMib", f.totalRamMib()).add("totalGb", f.totalGb())
                    .add("allocatedMhz", f.allocatedMhz()).add("allocatedRamMib", f.allocatedRamMib())
                    .add("allocatedGb", f.allocatedGb()).add("cpuThreshold", f.cpuThreshold())
                    .add("ramThreshold", f.ramThreshold()).add("storageThreshold", f.storageThreshold()));
        }
        return Json.createObjectBuilder().add("zones", zones).add("capacity", rows);
    }

    private JsonObjectBuilder orderable(long zoneId) {
        var o = catalogue.orderable(zoneId);
        JsonArrayBuilder templates = Json.createArrayBuilder();
        o.templates().forEach(t -> templates.add(t.name()));
        JsonArrayBuilder offerings = Json.createArrayBuilder();
        o.computeOfferings().forEach(c -> offerings.add(Json.createObjectBuilder().add("code", c.code())
                .add("minVcpus", c.minVcpus()).add("maxVcpus", c.maxVcpus()).add("minRamMib", c.minRamMib())
                .add("maxRamMib", c.maxRamMib()).add("runningItem", c.runningItem())
                .add("allocatedItem", c.allocatedItem())));
        JsonArrayBuilder disks = Json.createArrayBuilder();
        o.diskOfferings().forEach(d -> disks.add(d.code()));
        return Json.createObjectBuilder().add("id", zoneId).add("name", o.zone().name()).add("templates", templates)
                .add("offerings", offerings).add("disks", disks);
    }

    /** A public zone, or with a tenant a private one open to that tenant only. */
    private JsonObjectBuilder createZone(String name, String tenant) {
        long zone = tenant == null ? inventory.createZone(name, true, Set.of(), null, null)
                : inventory.createZone(name, false, Set.of(tenant), null, null);
        long pod = inventory.createPod(zone, name + "-P1", null, null);
        long cluster = inventory.createCluster(pod, name + "-C1", Hypervisor.KVM,
                new AllocationLimits(new BigDecimal("0.9"), null, null, null, null));
        inventory.addHost(cluster, name + "-h1", 8, 2000, 16_384, Set.of());
        inventory.addHost(cluster, name + "-h2", 8, 2000, 16_384, Set.of());
        inventory.addPrimaryStorage(cluster, name + "-primary", 1000, Set.of());
        return Json.createObjectBuilder().add("zone", zone).add("cluster", name + "-C1");
    }

    private JsonObjectBuilder reserve(HttpServletRequest r) {
        PlacementRequest request = PlacementRequest.of(r.getParameter("tenant"), Long.parseLong(r.getParameter("zone")),
                Integer.parseInt(r.getParameter("vcpus")), Integer.parseInt(r.getParameter("mhz")),
                Long.parseLong(r.getParameter("ram")), Long.parseLong(r.getParameter("disk")));
        try {
            Reservation reservation = placement.reserve(request, r.getParameter("reference"));
            return Json.createObjectBuilder().add("placed", true).add("reservation", reservation.id())
                    .add("host", reservation.hostId());
        } catch (PlacementRefused refused) {
            Locale locale = Locale.forLanguageTag(r.getParameter("language") == null ? "en" : r.getParameter("language"));
            return Json.createObjectBuilder().add("placed", false).add("kind", refused.refusal().kind().name())
                    .add("reason", CloudTexts.of(locale).refusal(refused.refusal()));
        }
    }

    private JsonObjectBuilder zone(long zoneId) {
        JsonArrayBuilder hosts = Json.createArrayBuilder();
        JsonArrayBuilder clusters = Json.createArrayBuilder();
        for (var c : inventory.clusters(zoneId)) {
            clusters.add(Json.createObjectBuilder().add("name", c.name()).add("allocatedMhz", c.allocatedMhz())
                    .add("allocatedRamMib", c.allocatedRamMib()));
            for (Host h : inventory.hosts(c.id())) {
                hosts.add(Json.createObjectBuilder().add("id", h.id()).add("name", h.name())
                        .add("allocatedMhz", h.allocatedMhz()).add("physicalMhz", h.physicalMhz())
                        .add("allocatedRamMib", h.allocatedRamMib()).add("ramMib", h.ramMib()));
            }
        }
        return Json.createObjectBuilder().add("hosts", hosts).add("clusters", clusters);
    }

    private void rollbackQuietly() {
        try {
            transaction.rollback();
        } catch (Exception ignored) {
            // already rolled back by the container
        }
    }

    private static void json(HttpServletResponse response, int status, JsonObjectBuilder body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(body.build().toString());
    }
}
