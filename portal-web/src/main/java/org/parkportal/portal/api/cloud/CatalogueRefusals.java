package org.parkportal.portal.api.cloud;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import org.parkportal.cloud.application.CloudTexts;
import org.parkportal.cloud.catalogue.domain.CatalogueRefused;
import org.parkportal.portal.api.ApiProblem;
import org.parkportal.portal.driver.Locales;

/**
 * The catalogue's own refusals, should one reach the API directly (a zone closed between listing the zones and
 * reading its items): 404 notFound or 400 outOfRange, in the caller's language.
 */
@Provider
public class CatalogueRefusals implements ExceptionMapper<CatalogueRefused> {

    @Context
    private HttpServletRequest request;

    @Override
    public Response toResponse(CatalogueRefused refused) {
        boolean notFound = refused.reason() == CatalogueRefused.Reason.NOT_FOUND;
        return ApiProblem.response(notFound ? 404 : 400, notFound ? "notFound" : "outOfRange",
                CloudTexts.of(Locales.resolve(request)).refusal(refused), Map.of());
    }
}
