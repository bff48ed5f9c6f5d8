package org.parkportal.portal.api.tasks;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.parkportal.portal.api.JsonBody;
import org.parkportal.portal.api.SignedIn;
import org.parkportal.workflow.application.TaskInbox;
import org.parkportal.workflow.application.TaskRefused;
import org.parkportal.workflow.domain.TaskFilter;
import org.parkportal.workflow.domain.TaskSummary;

/**
 * The task inbox over HTTP: {@code GET /api/v1/tasks} lists the caller's tasks (a JSON array; the total under
 * the filter in the header X-Total-Count), {@code POST .../{id}/claim}, {@code .../unclaim},
 * {@code .../assignee}, {@code .../comments} and {@code .../complete} (a JSON object of form field names to values,
 * e.g. {@code {"decision": "approve"}} or, for decisions, {@code {"approved": true}}). A CDI bean, so that it gets its
 * EJB injected; application-scoped because Pluto's CDI extension turns @RequestScoped beans into portlet-request
 * scoped ones, which have no context outside a portlet request (the resource holds no per-request state).
 */
@Path("tasks")
@ApplicationScoped
@SignedIn
@Produces(MediaType.APPLICATION_JSON)
public class TaskResource {

    /**
     * Written here with JSON-B rather than left to content negotiation: EclipseLink in the EAR's lib/ registers
     * itself as the JAXB implementation, and RESTEasy's JAXB provider then tries (and fails, with a logged warning)
     * to build a context for every record it is asked to write.
     */
    private static final Jsonb JSON = JsonbBuilder.create();

    @EJB
    private TaskInbox inbox;

    @GET
    public Response list(@QueryParam("filter") String filter, @QueryParam("first") @DefaultValue("0") String first,
                         @QueryParam("max") @DefaultValue("50") String max, @QueryParam("zone") String zone) {
        TaskFilter chosen = TaskFilter.parse(filter)
                .orElseThrow(() -> new TaskRefused(TaskRefused.Reason.INVALID_INPUT, "unknown filter " + filter));
        ZoneId zoneId = zone(zone);
        List<TaskSummary> tasks = inbox.tasks(chosen, zoneId, number("first", first), number("max", max));
        return Response.ok(JSON.toJson(tasks)).header("X-Total-Count", inbox.count(chosen, zoneId))
                .header("Cache-Control", "private, no-store").build();
    }

    @GET
    @Path("{id}")
    public String task(@PathParam("id") String id) {
        return JSON.toJson(inbox.task(id));
    }

    @POST
    @Path("{id}/claim")
    public String claim(@PathParam("id") String id) {
        inbox.claim(id);
        return JSON.toJson(inbox.task(id).summary());
    }

    @POST
    @Path("{id}/unclaim")
    public String unclaim(@PathParam("id") String id) {
        inbox.unclaim(id);
        return JSON.toJson(inbox.task(id).summary());
    }

    /** Body {@code {"assignee": "bob"}}; null or "" unassigns. */
    @POST
    @Path("{id}/assignee")
    public String reassign(@PathParam("id") String id, String body) {
        Object assignee = JsonBody.values(body).get("assignee");
        inbox.reassign(id, assignee == null ? null : assignee.toString());
        return JSON.toJson(inbox.task(id).summary());
    }

    /** Body {@code {"text": "..."}}. */
    @POST
    @Path("{id}/comments")
    public Response comment(@PathParam("id") String id, String body) {
        Object text = JsonBody.values(body).get("text");
        inbox.comment(id, text == null ? null : text.toString());
        return Response.status(Response.Status.CREATED).build();
    }

    @POST
    @Path("{id}/complete")
    public Response complete(@PathParam("id") String id, String body) {
        inbox.complete(id, JsonBody.values(body));
        return Response.noContent().build();
    }

    /** Paging numbers as text, so that "abc" is a 400 with a translated problem rather than JAX-RS's bare 404. */
    private static int number(String name, String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new TaskRefused(TaskRefused.Reason.INVALID_INPUT, name + " is not a whole number: " + value);
        }
    }

    private static ZoneId zone(String zone) {
        if (zone == null || zone.isBlank()) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(zone.strip());
        } catch (DateTimeException e) {
            throw new TaskRefused(TaskRefused.Reason.INVALID_INPUT, "unknown time zone " + zone);
        }
    }
}
