package org.parkportal.it.cloud;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.EJBTransactionRequiredException;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.parkportal.billing.application.RatingService;
import org.parkportal.cloud.metering.application.CloudMetering;
import org.parkportal.cloud.metering.application.MeteredUsage;
import org.parkportal.cloud.metering.application.MeteringEvents;
import org.parkportal.cloud.metering.application.MeteringRun;
import org.parkportal.cloud.metering.application.ResourceUsage;
import org.parkportal.cloud.metering.domain.MeteringRefused;

/**
 * it-metering.war: plays the VM lifecycle for CloudMeteringIT, against the real EJBs.
 * <ul>
 * <li>POST /changes: the {@code step} values ("op,id,tenant,offering,vcpus,sizeGb,at") reported through
 * MeteringEvents in one transaction ({@code transaction=none}: without one); 409 {"refused": reason} rolls it back.</li>
 * <li>POST /meter: one metering run; {@code crashAfter=k} makes it crash while writing the k-th resource-hour.</li>
 * <li>POST /rate: billing's rating run.</li>
 * <li>GET /billing?resource=PREFIX: billing's usage records of those resources with their exact charges, read from
 * the database as they are stored.</li>
 * <li>GET /usage?tenant&from&to: MeteredUsage as the signed-in caller (single sign-on with the portal).</li>
 * </ul>
 */
@WebServlet("/*")
public class MeteringFixtureServlet extends HttpServlet {

    private static final String MODULE = "java:global/portal/ejb-services/";

    @EJB(lookup = MODULE + "DefaultMeteringEvents!org.parkportal.cloud.metering.application.MeteringEvents")
    private MeteringEvents events;

    @EJB(lookup = MODULE + "DefaultCloudMetering!org.parkportal.cloud.metering.application.CloudMetering")
    private CloudMetering metering;

    @EJB(lookup = MODULE + "DefaultMeteredUsage!org.parkportal.cloud.metering.application.MeteredUsage")
    private MeteredUsage meteredUsage;

    @EJB(lookup = MODULE + "DefaultRatingService!org.parkportal.billing.application.RatingService")
    private RatingService rating;

    @Resource
    private UserTransaction transaction;

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    private DataSource database;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        switch (String.valueOf(request.getPathInfo())) {
            case "/changes" -> changes(request, response);
            case "/meter" -> meter(request, response);
            case "/rate" -> json(response, 200, Json.createObjectBuilder().add("rated", rating.rateAll().rated()));
            default -> response.sendError(404);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        switch (String.valueOf(request.getPathInfo())) {
            case "/billing" -> billing(request.getParameter("resource"), response);
            case "/usage" -> usage(request, response);
            default -> response.sendError(404);
        }
    }

    private void changes(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean inTransaction = !"none".equals(request.getParameter("transaction"));
        try {
            if (inTransaction) {
                transaction.begin();
            }
            for (String step : request.getParameterValues("step")) {
                report(step.split(",", -1));
            }
            if (inTransaction) {
                transaction.commit();
            }
            json(response, 200, Json.createObjectBuilder().add("ok", true));
        } catch (MeteringRefused refused) {
            rollbackQuietly();
            json(response, 409, Json.createObjectBuilder().add("refused", refused.reason().name()));
        } catch (EJBTransactionRequiredException e) {
            json(response, 412, Json.createObjectBuilder().add("error", "transactionRequired"));
        } catch (Exception e) {
            rollbackQuietly();
            throw new IOException(e);
        }
    }

    private void report(String[] s) {
        String id = s[1];
        Instant at = Instant.parse(s[6]);
        switch (s[0]) {
            case "vmCreated" -> events.vmCreated(s[2], id, s[3], Integer.parseInt(s[4]), at);
            case "vmStarted" -> events.vmStarted(id, at);
            case "vmStopped" -> events.vmStopped(id, at);
            case "vmOfferingChanged" -> events.vmOfferingChanged(id, s[3], Integer.parseInt(s[4]), at);
            case "vmDestroyed" -> events.vmDestroyed(id, at);
            case "volumeCreated" -> events.volumeCreated(s[2], id, Long.parseLong(s[5]), at);
            case "volumeResized" -> events.volumeResized(id, Long.parseLong(s[5]), at);
            case "volumeDeleted" -> events.volumeDeleted(id, at);
            case "snapshotTaken" -> events.snapshotTaken(s[2], id, Long.parseLong(s[5]), at);
            case "snapshotDeleted" -> events.snapshotDeleted(id, at);
            case "ipAcquired" -> events.ipAcquired(s[2], id, at);
            case "ipReleased" -> events.ipReleased(id, at);
            default -> throw new IllegalArgumentException(s[0]);
        }
    }

    private void meter(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String crashAfter = request.getParameter("crashAfter");
        int limit = crashAfter == null ? Integer.MAX_VALUE : Integer.parseInt(crashAfter);
        AtomicInteger written = new AtomicInteger();
        try {
            MeteringRun run = metering.meterClosedHours((resource, hour) -> {
                if (written.incrementAndGet() == limit) {
                    throw new IllegalStateException("test crash while metering " + resource + " at " + hour);
                }
            });
            json(response, 200, Json.createObjectBuilder().add("crashed", false).add("resources", run.resources())
                    .add("hours", run.hours()).add("records", run.records()).add("failed", run.failed()));
        } catch (EJBException crash) {
            json(response, 200, Json.createObjectBuilder().add("crashed", true));
        }
    }

    private void billing(String resourcePrefix, HttpServletResponse response) throws IOException {
        JsonArrayBuilder rows = Json.createArrayBuilder();
        try (Connection c = database.getConnection();
             PreparedStatement query = c.prepareStatement("select u.source_key, u.tenant, u.usage_type, u.item_code,"
                     + " u.resource_id, u.quantity, u.start_at, u.end_at, ch.amount, ch.amount_divisor"
                     + " from billing_usage u left join billing_charge ch on ch.usage_id = u.id"
                     + " where u.resource_id like ? order by u.resource_id, u.start_at, u.source_key")) {
            query.setString(1, resourcePrefix + "%");
            try (ResultSet r = query.executeQuery()) {
                while (r.next()) {
                    JsonObjectBuilder row = Json.createObjectBuilder().add("sourceKey", r.getString(1))
                            .add("tenant", r.getString(2)).add("usageType", r.getString(3))
                            .add("itemCode", r.getString(4)).add("resourceId", r.getString(5))
                            .add("quantity", r.getBigDecimal(6).toPlainString())
                            .add("start", r.getObject(7, java.time.OffsetDateTime.class).toInstant().toString());
                    if (r.getBigDecimal(9) == null) {
                        row.add("charge", JsonValue.NULL);
                    } else {
                        row.add("charge", r.getBigDecimal(9).divide(r.getBigDecimal(10)).toPlainString());
                    }
                    rows.add(row);
                }
            }
        } catch (SQLException e) {
            throw new IOException(e);
        }
        response.setStatus(200);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(rows.build().toString());
    }

    private void usage(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            JsonArrayBuilder resources = Json.createArrayBuilder();
            for (ResourceUsage r : meteredUsage.usage(request.getParameter("tenant"),
                    Instant.parse(request.getParameter("from")), Instant.parse(request.getParameter("to")))) {
                JsonArrayBuilder items = Json.createArrayBuilder();
                r.usage().forEach(q -> items.add(Json.createObjectBuilder().add("usageType", q.usageType().name())
                        .add("itemCode", q.itemCode()).add("part", q.part())
                        .add("quantity", q.quantity().toPlainString())));
                resources.add(Json.createObjectBuilder().add("resourceId", r.resourceId()).add("kind", r.kind().name())
                        .add("tenant", r.tenant()).add("usage", items));
            }
            response.setStatus(200);
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write(resources.build().toString());
        } catch (MeteringRefused refused) {
            json(response, 403, Json.createObjectBuilder().add("refused", refused.reason().name()));
        }
    }

    private void rollbackQuietly() {
        try {
            transaction.rollback();
        } catch (Exception ignored) {
            // no transaction, or the container rolled it back already
        }
    }

    private static void json(HttpServletResponse response, int status, JsonObjectBuilder body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(body.build().toString());
    }
}
