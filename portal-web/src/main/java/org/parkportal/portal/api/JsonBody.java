package org.parkportal.portal.api;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.BadRequestException;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request body that is a flat JSON object of names to plain values (string, number, boolean, null). Read by hand
 * rather than by content negotiation so that clients that forget the Content-Type header still work; an empty body
 * is an empty object.
 */
public final class JsonBody {

    private JsonBody() {
    }

    public static Map<String, Object> values(String body) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (body == null || body.isBlank()) {
            return values;
        }
        JsonObject object;
        try (var reader = Json.createReader(new StringReader(body))) {
            object = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new BadRequestException("not a JSON object");
        }
        object.forEach((name, value) -> values.put(name, plain(value)));
        return values;
    }

    private static Object plain(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).isIntegral() ? (Object) ((JsonNumber) value).longValueExact()
                    : ((JsonNumber) value).bigDecimalValue();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> null;
            default -> throw new BadRequestException("nested values are not accepted");
        };
    }
}
