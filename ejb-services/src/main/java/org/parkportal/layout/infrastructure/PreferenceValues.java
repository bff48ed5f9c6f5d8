package org.parkportal.layout.infrastructure;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/** Stores a preference's values (a String array that may be null or hold nulls) as one JSON text. */
public final class PreferenceValues {

    private PreferenceValues() {
    }

    public static String toJson(List<String> values) {
        if (values == null) {
            return "null";
        }
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (String v : values) {
            if (v == null) {
                array.addNull();
            } else {
                array.add(v);
            }
        }
        return array.build().toString();
    }

    public static List<String> fromJson(String json) {
        if (json == null || json.equals("null")) {
            return null;
        }
        JsonArray array = Json.createReader(new StringReader(json)).readArray();
        List<String> values = new ArrayList<>(array.size());
        for (JsonValue v : array) {
            values.add(v instanceof JsonString s ? s.getString() : null);
        }
        return values;
    }
}
