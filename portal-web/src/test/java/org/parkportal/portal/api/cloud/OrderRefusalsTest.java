package org.parkportal.portal.api.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.parkportal.cloud.application.CloudTexts;
import org.parkportal.cloud.ordering.domain.OrderRefused;
import org.parkportal.cloud.ordering.domain.OrderRefused.Reason;
import org.parkportal.cloud.placement.domain.PlacementRefusal;
import org.parkportal.cloud.placement.domain.Resource;

class OrderRefusalsTest {

    @Test
    void answersTheStatusTheApiDocumentsForEachReason() {
        assertEquals(404, OrderRefusals.status(Reason.NOT_FOUND));
        assertEquals(403, OrderRefusals.status(Reason.FORBIDDEN));
        assertEquals(409, OrderRefusals.status(Reason.WRONG_STATE));
        assertEquals(409, OrderRefusals.status(Reason.DUPLICATE_NAME));
        assertEquals(409, OrderRefusals.status(Reason.QUOTA_EXCEEDED));
        assertEquals(409, OrderRefusals.status(Reason.CREDIT_EXCEEDED));
        assertEquals(409, OrderRefusals.status(Reason.NO_CAPACITY));
        assertEquals(400, OrderRefusals.status(Reason.INVALID_NAME));
        assertEquals(400, OrderRefusals.status(Reason.INVALID_INPUT));
        assertEquals(400, OrderRefusals.status(Reason.NOT_ORDERABLE));
        assertEquals(503, OrderRefusals.status(Reason.DRIVER_FAILED));
    }

    @Test
    void codesAreTheReasonsInCamelCase() {
        assertEquals("notFound", OrderRefusals.code(Reason.NOT_FOUND));
        assertEquals("quotaExceeded", OrderRefusals.code(Reason.QUOTA_EXCEEDED));
        assertEquals("invalidName", OrderRefusals.code(Reason.INVALID_NAME));
        assertEquals("driverFailed", OrderRefusals.code(Reason.DRIVER_FAILED));
    }

    @Test
    void everyReasonHasATextInEveryLanguageOfThePortal() {
        for (String tag : new String[] {"en", "de", "fr", "it", "ja", "ko", "zh-CN", "zh-TW"}) {
            CloudTexts texts = CloudTexts.of(Locale.forLanguageTag(tag));
            for (Reason reason : Reason.values()) {
                OrderRefused refused = switch (reason) {
                    case QUOTA_EXCEEDED -> new OrderRefused(reason, "VCPUS", 8, 2, 8);
                    case INVALID_INPUT -> new OrderRefused(reason, "vcpus", 1, 8);
                    case WRONG_STATE -> new OrderRefused(reason, "RUNNING");
                    case DRIVER_FAILED -> new OrderRefused(reason, "UNAVAILABLE");
                    case NO_CAPACITY -> new OrderRefused(reason, new PlacementRefusal(
                            PlacementRefusal.Kind.RESIZE_DOES_NOT_FIT, Resource.RAM, Resource.RAM, "kvm-1", "4096 MiB",
                            "1024 MiB"));
                    default -> new OrderRefused(reason, "x", "EUR");
                };
                String text = texts.refusal(refused);
                assertFalse(text.isBlank(), tag + " " + reason);
                assertFalse(text.contains("{"), tag + " " + reason + " has every figure: " + text);
            }
        }
    }

    @Test
    void aBodyIdIsANumberOrDigitsAndAnythingElseIsTheGivenRefusal() {
        JsonObject body = Json.createReader(new StringReader("{\"a\": 7, \"b\": \"12\", \"c\": \"x\", \"d\": -1}"))
                .readObject();
        var values = org.parkportal.portal.api.JsonBody.values(body.toString());
        assertEquals(7L, CloudJson.id(values, "a", Reason.NOT_ORDERABLE, true));
        assertEquals(12L, CloudJson.id(values, "b", Reason.NOT_ORDERABLE, true));
        assertEquals(null, CloudJson.id(values, "missing", Reason.NOT_ORDERABLE, false));
        for (String name : new String[] {"c", "d", "missing"}) {
            OrderRefused refused = org.junit.jupiter.api.Assertions.assertThrows(OrderRefused.class,
                    () -> CloudJson.id(values, name, Reason.NOT_ORDERABLE, true));
            assertEquals(Reason.NOT_ORDERABLE, refused.reason(), name);
        }
        assertTrue(org.junit.jupiter.api.Assertions.assertThrows(OrderRefused.class,
                () -> CloudJson.pathId("12abc")).reason() == Reason.NOT_FOUND);
    }
}
