package org.parkportal.portal.api.tasks;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Map;
import org.parkportal.portal.api.ApiProblem;
import org.parkportal.portal.driver.Locales;
import org.parkportal.workflow.application.TaskRefused;
import org.parkportal.workflow.application.WorkflowTexts;

/** The inbox's refusals as HTTP answers; a form's problems are listed per field. */
@Provider
public class TaskRefusals implements ExceptionMapper<TaskRefused> {

    @Context
    private HttpServletRequest request;

    @Override
    public Response toResponse(TaskRefused refused) {
        WorkflowTexts texts = WorkflowTexts.of(Locales.resolve(request));
        Map<String, Map.Entry<String, String>> fields = new LinkedHashMap<>();
        refused.problems().forEach(p -> fields.putIfAbsent(p.field(), Map.entry(p.code(), texts.fieldProblem(p.code()))));
        int status = switch (refused.reason()) {
            case NOT_FOUND -> 404;
            case NOT_ALLOWED, NOT_ASSIGNED_TO_YOU -> 403;
            case CLAIMED_BY_OTHER -> 409;
            case INVALID_FORM, UNKNOWN_USER, INVALID_INPUT -> 400;
        };
        return ApiProblem.response(status, code(refused.reason()), texts.refusal(refused.reason()), fields);
    }

    /** The stable code of a refusal: its name in camel case (NOT_FOUND: notFound). */
    static String code(TaskRefused.Reason reason) {
        StringBuilder code = new StringBuilder();
        for (String part : reason.name().toLowerCase(java.util.Locale.ROOT).split("_")) {
            code.append(code.length() == 0 ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return code.toString();
    }
}
