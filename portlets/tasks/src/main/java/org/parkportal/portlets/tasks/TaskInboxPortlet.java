package org.parkportal.portlets.tasks;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;
import javax.portlet.GenericPortlet;
import javax.portlet.HeaderRequest;
import javax.portlet.HeaderResponse;
import javax.portlet.MimeResponse;
import javax.portlet.PortletException;
import javax.portlet.PortletRequest;
import javax.portlet.PortletSession;
import javax.portlet.PortletURL;
import javax.portlet.ProcessAction;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;
import org.parkportal.portlets.support.BackOffice;
import org.parkportal.portlets.support.PortletView;
import org.parkportal.workflow.application.TaskDetails;
import org.parkportal.workflow.application.TaskInbox;
import org.parkportal.workflow.application.TaskRefused;
import org.parkportal.workflow.application.WorkflowTexts;
import org.parkportal.workflow.domain.TaskFilter;
import org.parkportal.workflow.domain.TaskSummary;

/**
 * The task inbox: the standing filters with their counts, a page of tasks, and the chosen task with its form, its
 * comments, its dates and its process diagram. The filter, the page and the chosen task are render parameters (a
 * view is a bookmark); every change is an action, and the workflow context decides who may do it.
 */
public class TaskInboxPortlet extends GenericPortlet {

    static final String FILTER = "filter";
    static final String TASK = "task";
    static final String PAGE = "page";
    static final int PAGE_SIZE = 20;
    /** Submitted form values are posted as f.&lt;field id&gt;, so they never collide with the portlet's own names. */
    static final String FIELD_PREFIX = "f.";
    private static final String OUTCOME = "outcome";
    private static final String STYLE = "<style>"
            + ".park-tasks__filters{display:flex;flex-wrap:wrap;gap:.3em;list-style:none;padding:0}"
            + ".park-tasks__filters a{display:inline-block;padding:.2em .6em;border:1px solid #999;border-radius:1em}"
            + ".park-tasks__filters a[aria-current]{background:#234;color:#fff}"
            + ".park-tasks__list{width:100%;border-collapse:collapse}"
            + ".park-tasks__list td,.park-tasks__list th{text-align:left;padding:.25em .4em;vertical-align:top}"
            + ".park-tasks__list tr[aria-selected=true]{background:#eef4ff}"
            + ".park-tasks__overdue{color:#b00;font-weight:bold}"
            + ".park-tasks__task{border-top:2px solid #234;margin-top:1em;padding-top:.5em}"
            + ".park-tasks__task form{margin:.5em 0}"
            + ".park-tasks__field{display:block;margin:.4em 0}"
            + ".park-tasks__field fieldset{border:0;padding:0;margin:0}"
            + ".park-tasks__diagram{max-width:100%;height:auto}"
            + ".park-tasks__actions{display:flex;flex-wrap:wrap;gap:.5em;align-items:end}"
            + "</style>";

    private final PortletView view = new PortletView(this);
    private TaskInbox inbox;

    @Override
    public void init() throws PortletException {
        inbox = new BackOffice().service("CamundaTaskInbox", TaskInbox.class);
    }

    @Override
    public void renderHeaders(HeaderRequest request, HeaderResponse response) {
        response.addDependency("park-tasks-css", "parkportal", "1.0", STYLE);
    }

    @Override
    protected void doView(RenderRequest request, RenderResponse response) throws PortletException, IOException {
        Locale locale = request.getLocale();
        ResourceBundle messages = getResourceBundle(locale);
        WorkflowTexts texts = WorkflowTexts.of(locale);
        ZoneId zone = ZoneId.systemDefault();
        TaskFilter filter = TaskFilter.parse(request.getRenderParameters().getValue(FILTER)).orElse(TaskFilter.ALL);
        int page = page(request.getRenderParameters().getValue(PAGE));
        String selected = request.getRenderParameters().getValue(TASK);

        List<Map<String, Object>> filters = new ArrayList<>();
        for (TaskFilter f : TaskFilter.values()) {
            PortletURL url = response.createRenderURL(MimeResponse.Copy.NONE);
            url.getRenderParameters().setValue(FILTER, f.key());
            filters.add(Map.of("key", f.key(), "url", url.toString(), "count", inbox.count(f, zone), "current", f == filter));
        }
        long total = inbox.count(filter, zone);
        List<TaskRow> rows = new ArrayList<>();
        for (TaskSummary t : inbox.tasks(filter, zone, (page - 1) * PAGE_SIZE, PAGE_SIZE)) {
            PortletURL url = response.createRenderURL(MimeResponse.Copy.ALL);
            url.getRenderParameters().setValue(TASK, t.id());
            rows.add(TaskRow.of(t, texts, url.toString(), t.id().equals(selected)));
        }
        request.setAttribute("filters", filters);
        request.setAttribute("filter", filter.key());
        request.setAttribute("rows", rows);
        request.setAttribute("total", total);
        request.setAttribute("first", rows.isEmpty() ? 0 : (long) (page - 1) * PAGE_SIZE + 1);
        request.setAttribute("last", (long) (page - 1) * PAGE_SIZE + rows.size());
        if (page > 1) {
            request.setAttribute("previousUrl", pageUrl(response, page - 1));
        }
        if ((long) page * PAGE_SIZE < total) {
            request.setAttribute("nextUrl", pageUrl(response, page + 1));
        }
        Outcome outcome = takeOutcome(request);
        request.setAttribute(OUTCOME, outcome);
        if (outcome != null) {
            request.setAttribute("outcomeText", outcome.refusal() != null ? texts.refusal(outcome.refusal())
                    : messages.getString(outcome.messageKey()));
        }
        if (selected != null && !selected.isBlank()) {
            showTask(selected, outcome, texts, messages, request, response);
        }
        view.include("inbox.jsp", request, response);
    }

    private void showTask(String taskId, Outcome outcome, WorkflowTexts texts, ResourceBundle messages,
                          RenderRequest request, RenderResponse response) {
        try {
            TaskDetails task = inbox.task(taskId);
            TaskSummary s = task.summary();
            request.setAttribute("task", TaskRow.of(s, texts, null, true));
            request.setAttribute("details", task);
            request.setAttribute("allowed", task.allowed().stream().map(Enum::name).toList());
            request.setAttribute("fields", FieldView.of(task.form(), s.processKey(), texts, outcome));
            request.setAttribute("diagram", DiagramSvg.draw(inbox.diagram(taskId), texts, messages.getString("task.diagram")));
            PortletURL close = response.createRenderURL(MimeResponse.Copy.ALL);
            close.getRenderParameters().removeParameter(TASK);
            request.setAttribute("closeUrl", close.toString());
        } catch (TaskRefused refused) {
            request.setAttribute("taskMissing", texts.refusal(refused.reason()));
        }
    }

    // ---- actions: each keeps the filter and the task in view, and leaves its outcome for the next render

    @ProcessAction(name = "claim")
    public void claim(ActionRequest request, ActionResponse response) {
        act(request, response, "done.claim", id -> inbox.claim(id));
    }

    @ProcessAction(name = "unclaim")
    public void unclaim(ActionRequest request, ActionResponse response) {
        act(request, response, "done.unclaim", id -> inbox.unclaim(id));
    }

    @ProcessAction(name = "reassign")
    public void reassign(ActionRequest request, ActionResponse response) {
        String assignee = request.getActionParameters().getValue("assignee");
        act(request, response, "done.reassign", id -> inbox.reassign(id, assignee));
    }

    @ProcessAction(name = "comment")
    public void comment(ActionRequest request, ActionResponse response) {
        String text = request.getActionParameters().getValue("comment");
        act(request, response, "done.comment", id -> inbox.comment(id, text));
    }

    @ProcessAction(name = "schedule")
    public void schedule(ActionRequest request, ActionResponse response) {
        String due = request.getActionParameters().getValue("due");
        String followUp = request.getActionParameters().getValue("followUp");
        act(request, response, "done.schedule", id -> inbox.schedule(id, date(due), date(followUp), ZoneId.systemDefault()));
    }

    @ProcessAction(name = "complete")
    public void complete(ActionRequest request, ActionResponse response) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : request.getActionParameters().getNames()) {
            if (name.startsWith(FIELD_PREFIX)) {
                values.put(name.substring(FIELD_PREFIX.length()), request.getActionParameters().getValue(name));
            }
        }
        boolean done = act(request, response, "done.complete", id -> inbox.complete(id, values), values);
        if (done) {
            response.getRenderParameters().removeParameter(TASK);
        }
    }

    private interface TaskOperation {
        void on(String taskId);
    }

    private boolean act(ActionRequest request, ActionResponse response, String doneKey, TaskOperation operation) {
        return act(request, response, doneKey, operation, Map.of());
    }

    private boolean act(ActionRequest request, ActionResponse response, String doneKey, TaskOperation operation,
                        Map<String, String> submitted) {
        String taskId = request.getActionParameters().getValue(TASK);
        String filter = request.getActionParameters().getValue(FILTER);
        if (filter != null && TaskFilter.parse(filter).isPresent()) {
            response.getRenderParameters().setValue(FILTER, filter);
        }
        if (taskId != null) {
            response.getRenderParameters().setValue(TASK, taskId);
        }
        try {
            operation.on(taskId);
            keepOutcome(request, Outcome.done(doneKey));
            return true;
        } catch (TaskRefused refused) {
            Map<String, String> problems = new LinkedHashMap<>();
            refused.problems().forEach(p -> problems.putIfAbsent(p.field(), p.code()));
            keepOutcome(request, Outcome.refused(refused.reason(), problems, submitted));
            return false;
        } catch (InvalidDate e) {
            keepOutcome(request, Outcome.invalidDate());
            return false;
        }
    }

    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeException e) {
            throw new InvalidDate();
        }
    }

    /** A date field the browser did not fill with yyyy-MM-dd (old browsers show a text box). */
    private static final class InvalidDate extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    private static void keepOutcome(PortletRequest request, Outcome outcome) {
        request.getPortletSession().setAttribute(OUTCOME, outcome, PortletSession.PORTLET_SCOPE);
    }

    private static Outcome takeOutcome(PortletRequest request) {
        PortletSession session = request.getPortletSession(false);
        if (session == null) {
            return null;
        }
        Object outcome = session.getAttribute(OUTCOME, PortletSession.PORTLET_SCOPE);
        session.removeAttribute(OUTCOME, PortletSession.PORTLET_SCOPE);
        return outcome instanceof Outcome o ? o : null;
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
        url.getRenderParameters().removeParameter(TASK);
        return url.toString();
    }
}
