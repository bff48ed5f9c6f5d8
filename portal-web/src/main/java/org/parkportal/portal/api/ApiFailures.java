package org.parkportal.portal.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parkportal.portal.driver.Locales;

/**
 * What the API answers when a request fails outside the domain's own refusals: the HTTP error JAX-RS chose (unknown
 * path, wrong method, unreadable JSON) or, for anything unexpected, 500 — always a translated JSON problem, never a
 * stack trace. The unexpected ones are logged once, with the request.
 */
@Provider
public class ApiFailures implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(ApiFailures.class.getName());

    @Context
    private HttpServletRequest request;

    @Override
    public Response toResponse(Exception failure) {
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            String code = switch (status) {
                case 404 -> "notFound";
                case 405 -> "methodNotAllowed";
                case 406, 415 -> "unsupportedMediaType";
                default -> "badRequest";
            };
            return ApiProblem.response(status, code, Locales.resolve(request));
        }
        if (failure instanceof jakarta.ws.rs.ProcessingException || failure instanceof jakarta.json.JsonException
                || failure instanceof jakarta.json.bind.JsonbException) {
            return ApiProblem.response(400, "badRequest", Locales.resolve(request));
        }
        LOG.log(Level.WARNING, "API request " + request.getMethod() + " " + request.getRequestURI() + " failed", failure);
        return ApiProblem.response(500, "unexpected", Locales.resolve(request));
    }
}
