package org.parkportal.portal.api.billing;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.parkportal.billing.application.BillingStatements;
import org.parkportal.billing.application.UsageEntry;
import org.parkportal.billing.domain.BillingPeriod;
import org.parkportal.billing.domain.BillingRefused;
import org.parkportal.billing.domain.Invoice;
import org.parkportal.billing.domain.InvoiceLine;
import org.parkportal.billing.domain.Money;
import org.parkportal.billing.domain.UsageType;
import org.parkportal.portal.api.SignedIn;
import org.parkportal.portal.driver.Locales;

/**
 * The caller's bills over HTTP, for the caller's own tenant (administrators may add {@code ?tenant=}):
 * {@code GET /api/v1/billing/usage?from=yyyy-MM-dd&to=yyyy-MM-dd&type=RUNNING_VM} (UTC days, both included; the
 * current month by default), {@code GET /api/v1/billing/invoices}, {@code .../invoices/{id}} and
 * {@code .../invoices/{id}/pdf}. Money is written as decimal strings with its currency, never as binary floating
 * point. Who may see what is decided by the back office (BillingStatements); its refusals become JSON problems
 * (BillingRefusals). Application-scoped like the other API resources (no per-request state).
 */
@Path("billing")
@ApplicationScoped
@SignedIn
@Produces(MediaType.APPLICATION_JSON)
public class BillingResource {

    @EJB
    private BillingStatements statements;

    @GET
    @Path("usage")
    public Response usage(@QueryParam("from") String from, @QueryParam("to") String to,
                          @QueryParam("type") String type, @QueryParam("tenant") String tenant) {
        BillingPeriod month = BillingPeriod.of(Instant.now());
        Instant start = from == null ? month.start() : day(from).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = to == null ? month.end() : day(to).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        JsonArrayBuilder records = Json.createArrayBuilder();
        for (UsageEntry e : statements.usage(tenant, start, end, usageType(type))) {
            JsonObjectBuilder record = Json.createObjectBuilder().add("id", e.id()).add("usageType", e.usageType().name())
                    .add("itemCode", e.itemCode()).add("quantity", plain(e.quantity())).add("unit", e.unit().name())
                    .add("start", e.start().toString()).add("end", e.end().toString());
            if (e.resourceId() != null) {
                record.add("resourceId", e.resourceId());
            }
            if (e.charge() != null) {
                record.add("charge", money(e.charge()));
            } else {
                record.addNull("charge");
            }
            records.add(record);
        }
        return noStore(Response.ok(records.build().toString()));
    }

    @GET
    @Path("invoices")
    public Response invoices(@QueryParam("tenant") String tenant) {
        JsonArrayBuilder invoices = Json.createArrayBuilder();
        statements.invoices(tenant).forEach(i -> invoices.add(summary(i)));
        return noStore(Response.ok(invoices.build().toString()));
    }

    @GET
    @Path("invoices/{id}")
    public Response invoice(@PathParam("id") String id) {
        Invoice invoice = statements.invoice(id(id));
        JsonArrayBuilder lines = Json.createArrayBuilder();
        for (InvoiceLine l : invoice.lines()) {
            lines.add(Json.createObjectBuilder().add("itemCode", l.itemCode()).add("itemName", l.itemName())
                    .add("usageType", l.usageType().name()).add("usagePeriod", l.usagePeriod().toString())
                    .add("quantity", plain(l.quantity())).add("unit", l.unit().name())
                    .add("amount", money(Money.exactly(l.amount(), invoice.currency()))));
        }
        JsonObject body = Json.createObjectBuilder(summary(invoice).build()).add("lines", lines)
                .add("pdf", "/portal/api/v1/billing/invoices/" + invoice.id() + "/pdf").build();
        return noStore(Response.ok(body.toString()));
    }

    @GET
    @Path("invoices/{id}/pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    public Response pdf(@PathParam("id") String id, @Context HttpServletRequest request) {
        long invoiceId = id(id);
        Invoice invoice = statements.invoice(invoiceId);
        byte[] pdf = statements.invoicePdf(invoiceId, Locales.resolve(request));
        String name = (invoice.number() == null ? "invoice-" + invoice.period() : invoice.number()) + ".pdf";
        return Response.ok(pdf, "application/pdf").header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("Cache-Control", "private, no-store").build();
    }

    private static JsonObjectBuilder summary(Invoice i) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("id", i.id()).add("tenant", i.tenant())
                .add("period", i.period().toString()).add("status", i.status().name())
                .add("billingName", i.billingName()).add("currency", i.currency().getCurrencyCode())
                .add("subtotal", plain(i.subtotal().amount())).add("credits", plain(i.credits().amount()))
                .add("taxRate", plain(i.taxRate())).add("tax", plain(i.tax().amount()))
                .add("total", plain(i.total().amount()));
        if (i.number() != null) {
            json.add("number", i.number());
        }
        if (i.issuedAt() != null) {
            json.add("issuedAt", i.issuedAt().toString());
        }
        return json;
    }

    private static JsonObjectBuilder money(Money money) {
        return Json.createObjectBuilder().add("amount", plain(money.amount()))
                .add("currency", money.currency().getCurrencyCode());
    }

    private static String plain(BigDecimal value) {
        return value.toPlainString();
    }

    private static Response noStore(Response.ResponseBuilder response) {
        return response.type(MediaType.APPLICATION_JSON_TYPE).header("Cache-Control", "private, no-store").build();
    }

    private static LocalDate day(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeException e) {
            throw new BillingRefused(BillingRefused.Reason.INVALID_INTERVAL, "not a yyyy-MM-dd day: " + text);
        }
    }

    private static UsageType usageType(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return UsageType.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            throw new BillingRefused(BillingRefused.Reason.WRONG_USAGE_TYPE, "unknown usage type " + text);
        }
    }

    /** An id anyone can type: not a number is no such invoice. */
    private static long id(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new BillingRefused(BillingRefused.Reason.NOT_FOUND, "invoice id " + text);
        }
    }
}
