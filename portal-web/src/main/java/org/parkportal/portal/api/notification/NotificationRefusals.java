package org.parkportal.portal.api.notification;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import org.parkportal.notification.application.NotificationRefused;
import org.parkportal.notification.application.NotificationTexts;
import org.parkportal.portal.api.ApiProblem;
import org.parkportal.portal.driver.Locales;

/** Refused notification operations as HTTP answers: the only one is NOT_FOUND (also for somebody else's), 404. */
@Provider
public class NotificationRefusals implements ExceptionMapper<NotificationRefused> {

    @Context
    private HttpServletRequest request;

    @Override
    public Response toResponse(NotificationRefused refused) {
        int status = switch (refused.reason()) {
            case NOT_FOUND -> 404;
        };
        return ApiProblem.response(status, "notFound",
                NotificationTexts.of(Locales.resolve(request)).refusal(refused.reason()), Map.of());
    }
}
