package org.parkportal.portal.api.billing;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.Map;
import org.parkportal.billing.application.BillingTexts;
import org.parkportal.billing.domain.BillingRefused;
import org.parkportal.portal.api.ApiProblem;
import org.parkportal.portal.driver.Locales;

/** Billing's refusals as HTTP answers: 404 for what the caller may not know exists, 403, or 400 for bad input. */
@Provider
public class BillingRefusals implements ExceptionMapper<BillingRefused> {

    @Context
    private HttpServletRequest request;

    @Override
    public Response toResponse(BillingRefused refused) {
        int status = switch (refused.reason()) {
            case NOT_FOUND -> 404;
            case NOT_ALLOWED -> 403;
            default -> 400;
        };
        Locale locale = Locales.resolve(request);
        return ApiProblem.response(status, code(refused.reason()), BillingTexts.of(locale).refusal(refused.reason()),
                Map.of());
    }

    /** The stable code of a refusal: its name in camel case (NOT_FOUND: notFound). */
    static String code(BillingRefused.Reason reason) {
        StringBuilder code = new StringBuilder();
        for (String part : reason.name().toLowerCase(Locale.ROOT).split("_")) {
            code.append(code.length() == 0 ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return code.toString();
    }
}
