package org.parkportal.portal.api;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * An API error as JSON: {@code {"error": code, "message": text in the caller's language, "fields": {name:
 * {"problem": code, "message": text}}}}. Codes are stable for programs; the portal's own messages come from its
 * bundle (keys {@code api.error.<code>}), a back-office context's from that context.
 */
public final class ApiProblem {

    private static final String BUNDLE = "org.parkportal.portal.messages";

    private ApiProblem() {
    }

    public static Response response(int status, String code, Locale locale) {
        ResourceBundle messages = ResourceBundle.getBundle(BUNDLE, locale);
        return response(status, code, text(messages, "api.error." + code), Map.of());
    }

    /**
     * A problem whose message the caller translated, with problems per field (field name to a pair of the
     * problem's code and its translated message).
     */
    public static Response response(int status, String code, String message, Map<String, Map.Entry<String, String>> fields) {
        Response.ResponseBuilder builder = Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .header("Cache-Control", "no-store").entity(body(code, message, fields));
        if (status == 401) {
            builder.header("WWW-Authenticate", "Basic realm=\"Park Portal\", charset=\"UTF-8\"");
        }
        return builder.build();
    }

    static void write(HttpServletResponse response, int status, String code, Locale locale) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Park Portal\", charset=\"UTF-8\"");
        }
        response.getWriter().write(body(code, text(ResourceBundle.getBundle(BUNDLE, locale), "api.error." + code),
                Map.of()));
    }

    private static String body(String code, String message, Map<String, Map.Entry<String, String>> fieldProblems) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("error", code).add("message", message);
        if (!fieldProblems.isEmpty()) {
            JsonObjectBuilder fields = Json.createObjectBuilder();
            fieldProblems.forEach((field, problem) -> fields.add(field, Json.createObjectBuilder()
                    .add("problem", problem.getKey()).add("message", problem.getValue())));
            body.add("fields", fields);
        }
        return body.build().toString();
    }

    private static String text(ResourceBundle messages, String key) {
        try {
            return messages.getString(key);
        } catch (MissingResourceException e) {
            return messages.getString("api.error.unexpected");
        }
    }
}
