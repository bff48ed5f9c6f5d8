package org.parkportal.portal.api.cloud;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.parkportal.cloud.application.CloudTexts;
import org.parkportal.cloud.ordering.application.CloudOrders;
import org.parkportal.cloud.ordering.application.OrderDraft;
import org.parkportal.cloud.ordering.application.OrderView;
import org.parkportal.cloud.ordering.domain.OrderRefused;
import org.parkportal.portal.api.JsonBody;
import org.parkportal.portal.api.SignedIn;
import org.parkportal.portal.driver.Locales;

/**
 * Server orders over HTTP: {@code POST /api/v1/cloud/orders/quote} prices a choice and shows where the tenant
 * stands, {@code POST /api/v1/cloud/orders} places it (201 with its Location), {@code GET .../orders} lists the
 * orders the caller may see and {@code GET .../orders/{id}} reads one (poll it: provisioning runs after the
 * approval). The body is {@code {"zone", "template", "offering", "name"}} with the catalogue's ids, plus
 * {@code "vcpus"} and {@code "ramMib"} for a custom offering, {@code "diskOffering"} (and {@code "diskGb"} for a
 * custom one) for a data disk and {@code "network"} for a network offering other than the zone's default. Who may
 * see what and every check of the order are the back office's (CloudOrders); refusals become problems in
 * OrderRefusals.
 */
@Path("cloud/orders")
@ApplicationScoped
@SignedIn
@Produces(MediaType.APPLICATION_JSON)
public class OrderResource {

    private static final int LISTED = 200;

    @EJB
    private CloudOrders orders;

    @GET
    public Response list(@Context HttpServletRequest request) {
        CloudTexts texts = CloudTexts.of(Locales.resolve(request));
        JsonArrayBuilder list = Json.createArrayBuilder();
        orders.orders(LISTED).forEach(o -> list.add(CloudJson.order(o, texts)));
        return CloudJson.answer(Response.ok(), list.build());
    }

    @GET
    @Path("{id}")
    public Response order(@PathParam("id") String id, @Context HttpServletRequest request) {
        return CloudJson.answer(Response.ok(),
                CloudJson.order(orders.order(id), CloudTexts.of(Locales.resolve(request))).build());
    }

    @POST
    public Response place(String body, @Context HttpServletRequest request, @Context UriInfo uri) {
        OrderView placed = orders.place(draft(JsonBody.values(body)));
        return CloudJson.answer(Response.created(uri.getAbsolutePathBuilder().path(placed.id()).build()),
                CloudJson.order(placed, CloudTexts.of(Locales.resolve(request))).build());
    }

    @POST
    @Path("quote")
    public Response quote(String body) {
        return CloudJson.answer(Response.ok(), CloudJson.quote(orders.quote(draft(JsonBody.values(body)))).build());
    }

    /** Missing or malformed catalogue ids are something the tenant cannot order; malformed sizes are bad input. */
    private static OrderDraft draft(Map<String, Object> body) {
        Object name = body.get("name");
        return new OrderDraft(name == null ? null : name.toString(),
                CloudJson.id(body, "zone", OrderRefused.Reason.NOT_ORDERABLE, true),
                CloudJson.id(body, "template", OrderRefused.Reason.NOT_ORDERABLE, true),
                CloudJson.id(body, "offering", OrderRefused.Reason.NOT_ORDERABLE, true),
                CloudJson.count(body, "vcpus"), CloudJson.number(body, "ramMib"),
                CloudJson.id(body, "diskOffering", OrderRefused.Reason.NOT_ORDERABLE, false),
                CloudJson.number(body, "diskGb"),
                CloudJson.id(body, "network", OrderRefused.Reason.NOT_ORDERABLE, false));
    }
}
