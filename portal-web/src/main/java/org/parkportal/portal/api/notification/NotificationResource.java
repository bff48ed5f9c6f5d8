package org.parkportal.portal.api.notification;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.parkportal.notification.application.NotificationRefused;
import org.parkportal.notification.application.NotificationTexts;
import org.parkportal.notification.application.NotificationView;
import org.parkportal.notification.application.Notifications;
import org.parkportal.portal.api.SignedIn;
import org.parkportal.portal.driver.Locales;

/**
 * The caller's notifications over HTTP: {@code GET /api/v1/notifications?max=50} (newest first, the text in the
 * caller's language; X-Total-Count and X-Unread-Count), {@code POST .../{id}/read} and {@code POST .../read-all}.
 * Whose notification it is, is decided by the back office (Notifications): somebody else's is a 404 like an unknown
 * one (NotificationRefusals). Application-scoped like the other API resources (no per-request state).
 */
@Path("notifications")
@ApplicationScoped
@SignedIn
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

    @EJB
    private Notifications notifications;

    @Context
    private HttpServletRequest request;

    @GET
    public Response list(@QueryParam("max") @DefaultValue("50") String max) {
        NotificationTexts texts = NotificationTexts.of(Locales.resolve(request));
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (NotificationView n : notifications.mine(number(max))) {
            JsonObjectBuilder item = Json.createObjectBuilder().add("id", n.id()).add("key", n.key())
                    .add("text", texts.text(n)).add("createdAt", n.createdAt().toString()).add("read", n.read());
            if (n.link() != null) {
                item.add("link", n.link()).add("url", request.getContextPath() + "/" + n.link());
            } else {
                item.addNull("link").addNull("url");
            }
            if (n.readAt() != null) {
                item.add("readAt", n.readAt().toString());
            } else {
                item.addNull("readAt");
            }
            list.add(item);
        }
        return Response.ok(list.build().toString()).header("X-Total-Count", notifications.count())
                .header("X-Unread-Count", notifications.unread()).header("Cache-Control", "private, no-store").build();
    }

    @POST
    @Path("{id}/read")
    public Response read(@PathParam("id") String id) {
        notifications.markRead(id(id));
        return Response.noContent().header("X-Unread-Count", notifications.unread()).build();
    }

    @POST
    @Path("read-all")
    public Response readAll() {
        notifications.markAllRead();
        return Response.noContent().header("X-Unread-Count", 0).build();
    }

    /** An id that is no number names no notification: the same 404 as an unknown one. */
    private static long id(String id) {
        try {
            return Long.parseLong(id.strip());
        } catch (NumberFormatException e) {
            throw new NotificationRefused(NotificationRefused.Reason.NOT_FOUND, "not an id: " + id);
        }
    }

    /** A page size that is no number is the default; the back office clamps it to 1..200. */
    private static int number(String max) {
        try {
            return Integer.parseInt(max.strip());
        } catch (NumberFormatException e) {
            return 50;
        }
    }
}
