package org.parkportal.portlets.tasks;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;
import javax.portlet.GenericPortlet;
import javax.portlet.MimeResponse;
import javax.portlet.PortletException;
import javax.portlet.PortletSession;
import javax.portlet.PortletURL;
import javax.portlet.ProcessAction;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;
import org.parkportal.portlets.support.BackOffice;
import org.parkportal.portlets.support.PortletView;
import org.parkportal.workflow.application.ProcessAdministration;
import org.parkportal.workflow.application.TaskRefused;
import org.parkportal.workflow.application.WorkflowTexts;
import org.parkportal.workflow.domain.ProcessSummary;

/**
 * Running processes for administrators: where each waits, its incidents with "retry", and "cancel" with a reason.
 * The part of Camunda Cockpit the portal offers (see docs/workflow.md); the back office refuses everybody else.
 */
public class ProcessesPortlet extends GenericPortlet {

    static final int PAGE_SIZE = 25;
    private static final String INCIDENTS = "incidents";
    private static final String PAGE = "page";
    private static final String OUTCOME = "outcome";

    private final PortletView view = new PortletView(this);
    private ProcessAdministration processes;

    @Override
    public void init() throws PortletException {
        processes = new BackOffice().service("CamundaProcessAdministration", ProcessAdministration.class);
    }

    /** A running process as the list shows it, names in the reader's language. */
    public record Row(String id, String process, String businessKey, Date started, String startedBy, String steps,
                      List<IncidentRow> incidents) {
    }

    /** An incident as the list shows it. */
    public record IncidentRow(String id, String step, String message, Date time) {
    }

    @Override
    protected void doView(RenderRequest request, RenderResponse response) throws PortletException, IOException {
        Locale locale = request.getLocale();
        ResourceBundle messages = getResourceBundle(locale);
        WorkflowTexts texts = WorkflowTexts.of(locale);
        boolean onlyIncidents = "true".equals(request.getRenderParameters().getValue(INCIDENTS));
        int page = page(request.getRenderParameters().getValue(PAGE));
        try {
            List<Row> rows = new ArrayList<>();
            for (ProcessSummary p : processes.running(onlyIncidents, (page - 1) * PAGE_SIZE, PAGE_SIZE)) {
                String key = p.processKey();
                List<String> steps = p.steps().stream().map(s -> texts.step(key, s, p.stepName(s))).toList();
                rows.add(new Row(p.id(), texts.process(key, p.processName()), p.businessKey(), date(p.started()),
                        p.startedBy(), String.join(", ", steps), p.incidents().stream().map(i -> new IncidentRow(i.id(),
                                texts.step(key, i.step(), p.stepName(i.step())), i.message(), date(i.time()))).toList()));
            }
            long total = processes.countRunning(onlyIncidents);
            request.setAttribute("rows", rows);
            request.setAttribute("total", total);
            request.setAttribute("withIncidents", processes.countRunning(true));
            PortletURL all = response.createRenderURL(MimeResponse.Copy.NONE);
            PortletURL incidents = response.createRenderURL(MimeResponse.Copy.NONE);
            incidents.getRenderParameters().setValue(INCIDENTS, "true");
            request.setAttribute("allUrl", all.toString());
            request.setAttribute("incidentsUrl", incidents.toString());
            request.setAttribute("onlyIncidents", onlyIncidents);
            if (page > 1) {
                request.setAttribute("previousUrl", pageUrl(response, page - 1));
            }
            if ((long) page * PAGE_SIZE < total) {
                request.setAttribute("nextUrl", pageUrl(response, page + 1));
            }
        } catch (TaskRefused refused) {
            request.setAttribute("forbidden", texts.refusal(refused.reason()));
        }
        PortletSession session = request.getPortletSession(false);
        if (session != null && session.getAttribute(OUTCOME) instanceof String outcome) {
            session.removeAttribute(OUTCOME);
            request.setAttribute("outcomeText", outcome.startsWith("refused.")
                    ? texts.refusal(TaskRefused.Reason.valueOf(outcome.substring(8))) : messages.getString(outcome));
            request.setAttribute("outcomeFailed", outcome.startsWith("refused."));
        }
        view.include("processes.jsp", request, response);
    }

    @ProcessAction(name = "retry")
    public void retry(ActionRequest request, ActionResponse response) {
        String incident = request.getActionParameters().getValue("incident");
        act(request, response, "done.retry", () -> processes.retry(incident));
    }

    @ProcessAction(name = "cancel")
    public void cancel(ActionRequest request, ActionResponse response) {
        String process = request.getActionParameters().getValue("process");
        String reason = request.getActionParameters().getValue("reason");
        act(request, response, "done.cancel", () -> processes.cancel(process, reason));
    }

    private void act(ActionRequest request, ActionResponse response, String doneKey, Runnable operation) {
        if ("true".equals(request.getActionParameters().getValue(INCIDENTS))) {
            response.getRenderParameters().setValue(INCIDENTS, "true");
        }
        String outcome;
        try {
            operation.run();
            outcome = doneKey;
        } catch (TaskRefused refused) {
            outcome = "refused." + refused.reason().name();
        }
        request.getPortletSession().setAttribute(OUTCOME, outcome);
    }

    private static Date date(java.time.OffsetDateTime time) {
        return time == null ? null : Date.from(time.toInstant());
    }

    private static int page(String value) {
        try {
            return value == null ? 1 : Math.max(1, Math.min(Integer.parseInt(value), 10_000));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static String pageUrl(RenderResponse response, int page) {
        PortletURL url = response.createRenderURL(MimeResponse.Copy.ALL);
        url.getRenderParameters().setValue(PAGE, String.valueOf(page));
        return url.toString();
    }
}
