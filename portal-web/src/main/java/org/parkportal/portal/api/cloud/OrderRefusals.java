package org.parkportal.portal.api.cloud;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.Map;
import org.parkportal.cloud.application.CloudTexts;
import org.parkportal.cloud.ordering.domain.OrderRefused;
import org.parkportal.portal.api.ApiProblem;
import org.parkportal.portal.driver.Locales;

/**
 * Refused orders and server operations as HTTP answers, with the cloud's text in the caller's language: 404 for
 * anything the caller may not know exists, 403 for a caller of no tenant, 409 for what the state of things does not
 * allow now (wrong state, a name taken, limits, credit, no approver, no room on the host), 400 for input that
 * cannot be ordered as given, 503 when the hypervisor failed (nothing changed; try again).
 */
@Provider
public class OrderRefusals implements ExceptionMapper<OrderRefused> {

    @Context
    private HttpServletRequest request;

    @Override
    public Response toResponse(OrderRefused refused) {
        return ApiProblem.response(status(refused.reason()), code(refused.reason()),
                CloudTexts.of(Locales.resolve(request)).refusal(refused), Map.of());
    }

    static int status(OrderRefused.Reason reason) {
        return switch (reason) {
            case NOT_FOUND -> 404;
            case FORBIDDEN -> 403;
            case WRONG_STATE, DUPLICATE_NAME, QUOTA_EXCEEDED, CREDIT_EXCEEDED, NO_APPROVER, NO_CAPACITY -> 409;
            case INVALID_NAME, INVALID_INPUT, NOT_ORDERABLE, INVALID_LIMIT, INVALID_THRESHOLD, WRONG_CURRENCY -> 400;
            case DRIVER_FAILED -> 503;
        };
    }

    /** The stable code of a refusal: its name in camel case (WRONG_STATE: wrongState). */
    static String code(OrderRefused.Reason reason) {
        StringBuilder code = new StringBuilder();
        for (String part : reason.name().toLowerCase(Locale.ROOT).split("_")) {
            code.append(code.length() == 0 ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return code.toString();
    }
}
