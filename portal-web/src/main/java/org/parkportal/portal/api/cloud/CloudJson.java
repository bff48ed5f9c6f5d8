package org.parkportal.portal.api.cloud;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Map;
import org.parkportal.cloud.application.CloudTexts;
import org.parkportal.cloud.catalogue.application.CatalogueItems.ComputeChoice;
import org.parkportal.cloud.catalogue.application.CatalogueItems.DiskChoice;
import org.parkportal.cloud.catalogue.application.CatalogueItems.ImageChoice;
import org.parkportal.cloud.catalogue.application.CatalogueItems.NetworkChoice;
import org.parkportal.cloud.machines.application.SnapshotView;
import org.parkportal.cloud.machines.application.VmView;
import org.parkportal.cloud.machines.application.VolumeView;
import org.parkportal.cloud.ordering.application.OrderQuote;
import org.parkportal.cloud.ordering.application.OrderView;
import org.parkportal.cloud.ordering.domain.OrderRefused;
import org.parkportal.cloud.ordering.domain.OrderStatus;
import org.parkportal.cloud.ordering.domain.ResourceLimits;
import org.parkportal.cloud.ordering.domain.ResourceUse;

/**
 * The cloud API's JSON, written by hand (like billing's) so that money is a decimal string with its currency and
 * times are ISO-8601 instants in UTC; the words for statuses and failures are in the caller's language. The shapes
 * are the schemas Order, OrderQuote, Vm, Volume, Snapshot and Catalog of openapi.json. Catalogue entries leave out
 * billing item codes and placement strategies: those are the operators' business.
 */
final class CloudJson {

    private CloudJson() {
    }

    static JsonObjectBuilder order(OrderView o, CloudTexts texts) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("id", o.id()).add("name", o.name())
                .add("status", o.status().name()).add("statusText", texts.state(o.status()))
                .add("tenant", o.tenant()).add("requestedBy", o.requestedBy()).add("zoneId", o.zoneId())
                .add("templateId", o.templateId()).add("offeringId", o.offeringId()).add("vcpus", o.vcpus())
                .add("ramMib", o.ramMib()).add("rootDiskGb", o.rootDiskGb()).add("dataDiskGb", o.dataDiskGb())
                .add("monthlyEstimate", o.monthlyEstimate().toPlainString()).add("currency", o.currency())
                .add("createdAt", o.createdAt().toString()).add("updatedAt", o.updatedAt().toString());
        optional(json, "decidedBy", o.decidedBy());
        optional(json, "decidedAt", o.decidedAt());
        // A failure is ours to translate; a rejection's reason is the approver's own comment, shown as written.
        String reason = o.status() == OrderStatus.FAILED ? texts.orderFailure(o.reasonKey(), o.reasonArguments())
                : o.status() == OrderStatus.REJECTED ? o.reasonArguments() : null;
        optional(json, "reason", reason == null || reason.isBlank() ? null : reason);
        if (o.vmId() != null) {
            json.add("vmId", o.vmId());
        }
        return json;
    }

    static JsonObjectBuilder quote(OrderQuote q) {
        return Json.createObjectBuilder().add("hourly", q.hourly().toPlainString())
                .add("monthly", q.monthly().toPlainString()).add("currency", q.currency())
                .add("needsApproval", q.needsApproval()).add("inUse", use(q.inUse())).add("asked", use(q.asked()))
                .add("limits", limits(q.limits())).add("passes", Json.createArrayBuilder(q.passes()));
    }

    static JsonObjectBuilder vm(VmView v, CloudTexts texts) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("id", v.id()).add("name", v.name())
                .add("state", v.state().name()).add("stateText", texts.state(v.state())).add("tenant", v.tenant())
                .add("owner", v.owner()).add("zoneId", v.zoneId()).add("templateId", v.templateId())
                .add("offeringId", v.offeringId()).add("offering", v.offering()).add("vcpus", v.vcpus())
                .add("ramMib", v.ramMib()).add("createdAt", v.createdAt().toString())
                .add("stateSince", v.stateSince().toString());
        optional(json, "orderId", v.orderId());
        optional(json, "ipAddress", v.ipAddress());
        optional(json, "expungeAfter", v.expungeAfter());
        return json;
    }

    static JsonObjectBuilder volume(VolumeView v) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("id", v.id()).add("name", v.name())
                .add("kind", v.kind().name()).add("sizeGb", v.sizeGb()).add("zoneId", v.zoneId())
                .add("createdAt", v.createdAt().toString());
        if (v.vmId() != null) {
            json.add("vmId", v.vmId());
        }
        optional(json, "detachedAt", v.detachedAt());
        return json;
    }

    static JsonObjectBuilder snapshot(SnapshotView s) {
        return Json.createObjectBuilder().add("id", s.id()).add("volumeId", s.volumeId()).add("sizeGb", s.sizeGb())
                .add("createdAt", s.createdAt().toString());
    }

    static JsonObjectBuilder template(ImageChoice t, long zoneId) {
        return Json.createObjectBuilder().add("id", t.id()).add("name", t.name()).add("osType", t.osType())
                .add("sizeGb", t.sizeGb()).add("zoneId", zoneId);
    }

    static JsonObjectBuilder offering(ComputeChoice o) {
        return Json.createObjectBuilder().add("id", o.id()).add("code", o.code()).add("name", o.name())
                .add("custom", o.custom()).add("minVcpus", o.minVcpus()).add("maxVcpus", o.maxVcpus())
                .add("mhzPerVcpu", o.mhzPerVcpu()).add("minRamMib", o.minRamMib()).add("maxRamMib", o.maxRamMib());
    }

    static JsonObjectBuilder diskOffering(DiskChoice o) {
        return Json.createObjectBuilder().add("id", o.id()).add("code", o.code()).add("name", o.name())
                .add("custom", o.custom()).add("minGb", o.minGb()).add("maxGb", o.maxGb());
    }

    static JsonObjectBuilder networkOffering(NetworkChoice o) {
        return Json.createObjectBuilder().add("id", o.id()).add("code", o.code()).add("name", o.name())
                .add("sourceNat", o.sourceNat()).add("firewall", o.firewall()).add("loadBalancer", o.loadBalancer());
    }

    /** A JSON answer nobody may cache: it is the caller's own, and it changes. */
    static Response answer(Response.ResponseBuilder response, Object body) {
        return response.entity(body.toString()).type(MediaType.APPLICATION_JSON_TYPE)
                .header("Cache-Control", "private, no-store").build();
    }

    /** An id in a request body: a JSON number or a string of digits; anything else is {@code refusal}. */
    static Long id(Map<String, Object> body, String name, OrderRefused.Reason refusal, boolean required) {
        Object value = body.get(name);
        if (value == null) {
            if (required) {
                throw new OrderRefused(refusal);
            }
            return null;
        }
        if (value instanceof Long number && number > 0) {
            return number;
        }
        if (value instanceof String text && text.strip().matches("[0-9]{1,18}")) {
            return Long.parseLong(text.strip());
        }
        throw new OrderRefused(refusal);
    }

    /** A size or count in a request body (vcpus, ramMib, sizeGb): a whole number, or absent. */
    static Long number(Map<String, Object> body, String name) {
        Object value = body.get(name);
        if (value == null) {
            return null;
        }
        if (value instanceof Long number) {
            return number;
        }
        if (value instanceof String text && text.strip().matches("-?[0-9]{1,18}")) {
            return Long.parseLong(text.strip());
        }
        throw new OrderRefused(OrderRefused.Reason.INVALID_INPUT);
    }

    /** A count that must fit an int (vCPUs); a larger one is out of range anyway. */
    static Integer count(Map<String, Object> body, String name) {
        Long value = number(body, name);
        if (value == null) {
            return null;
        }
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw new OrderRefused(OrderRefused.Reason.INVALID_INPUT);
        }
        return value.intValue();
    }

    /** A path id anyone can type: not a number is no such thing (404), as in billing. */
    static long pathId(String text) {
        if (text == null || !text.strip().matches("[0-9]{1,18}")) {
            throw new OrderRefused(OrderRefused.Reason.NOT_FOUND);
        }
        return Long.parseLong(text.strip());
    }

    private static JsonObjectBuilder use(ResourceUse use) {
        return Json.createObjectBuilder().add("vms", use.vms()).add("vcpus", use.vcpus()).add("ramMib", use.ramMib())
                .add("storageGb", use.storageGb());
    }

    /** A limit per resource; null where the tenant has none. */
    private static JsonObjectBuilder limits(ResourceLimits limits) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        limit(json, "vms", limits.vms());
        limit(json, "vcpus", limits.vcpus());
        limit(json, "ramMib", limits.ramMib());
        limit(json, "storageGb", limits.storageGb());
        return json;
    }

    private static void limit(JsonObjectBuilder json, String name, Long limit) {
        if (limit == null) {
            json.addNull(name);
        } else {
            json.add(name, limit);
        }
    }

    private static void optional(JsonObjectBuilder json, String name, Object value) {
        if (value != null) {
            json.add(name, value.toString());
        }
    }
}
