package org.parkportal.it.support.portlets;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.util.Map;
import org.parkportal.workflow.application.ApprovalRefused;
import org.parkportal.workflow.application.ApprovalService;
import org.parkportal.workflow.application.TaskInbox;
import org.parkportal.workflow.application.TaskRefused;
import org.parkportal.workflow.domain.ApprovalDraft;
import org.parkportal.workflow.domain.Approvers;
import org.parkportal.workflow.infrastructure.WorkflowEngine;

/**
 * Plays a service that asks for approvals, as the signed-in caller. POST /approvals/request (type, id, approver:
 * "manager", "group:NAME" or "user:NAME"; escalateAfter, an ISO-8601 duration; rollback=true rolls the transaction back after requesting, as a service
 * that fails after asking would); POST /approvals/decide (task, decision; always rolled back after completing);
 * POST /approvals/failing (id) starts a test process whose only step fails (an incident for administrators);
 * GET /approvals?type&id: the approval as the service sees it, and how many process instances exist for the
 * business key (running or finished), read from the engine directly.
 */
@WebServlet("/approvals/*")
public class RequestingServiceServlet extends HttpServlet {

    private static final String MODULE = "java:global/portal/ejb-services/";

    @EJB(lookup = MODULE + "DefaultApprovalService!org.parkportal.workflow.application.ApprovalService")
    private ApprovalService approvals;

    @EJB(lookup = MODULE + "CamundaTaskInbox!org.parkportal.workflow.application.TaskInbox")
    private TaskInbox inbox;

    @EJB(lookup = MODULE + "WorkflowEngine!org.parkportal.workflow.infrastructure.WorkflowEngine")
    private WorkflowEngine workflow;

    @Resource
    private UserTransaction transaction;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            transaction.begin();
            if ("/failing".equals(request.getPathInfo())) {
                startFailingProcess(request.getParameter("id"));
                transaction.commit();
                json(response, 201, Json.createObjectBuilder().add("started", true));
                return;
            }
            if ("/decide".equals(request.getPathInfo())) {
                inbox.complete(request.getParameter("task"), Map.of("decision", request.getParameter("decision")));
                transaction.rollback();
                json(response, 200, Json.createObjectBuilder().add("rolledBack", true));
                return;
            }
            ApprovalDraft draft = new ApprovalDraft(request.getParameter("type"), request.getParameter("id"),
                    "Test request " + request.getParameter("id"), approvers(request.getParameter("approver")));
            if (request.getParameter("escalateAfter") != null) {
                draft = draft.escalating(java.time.Duration.parse(request.getParameter("escalateAfter")), null);
            }
            var approval = approvals.request(draft);
            if (Boolean.parseBoolean(request.getParameter("rollback"))) {
                transaction.rollback();
                json(response, 200, Json.createObjectBuilder().add("rolledBack", true));
            } else {
                transaction.commit();
                json(response, 201, Json.createObjectBuilder().add("id", approval.id())
                        .add("status", approval.status().name()));
            }
        } catch (ApprovalRefused | TaskRefused refused) {
            rollbackQuietly();
            json(response, 409, Json.createObjectBuilder().add("refused", refused.getMessage()));
        } catch (Exception e) {
            rollbackQuietly();
            throw new IOException(e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String type = request.getParameter("type");
        String id = request.getParameter("id");
        var engine = workflow.engine();
        long processes = engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(id)
                .count();
        JsonObjectBuilder answer = Json.createObjectBuilder().add("processes", processes);
        approvals.find(type, id).ifPresentOrElse(a -> {
            answer.add("status", a.status().name());
            if (a.decidedBy() != null) {
                answer.add("decidedBy", a.decidedBy());
            }
        }, () -> answer.add("status", "NONE"));
        json(response, 200, answer);
    }

    /** Deploys (once) and starts the test model whose only step fails, so an incident appears. */
    private void startFailingProcess(String businessKey) throws IOException {
        var engine = workflow.engine();
        try (var model = RequestingServiceServlet.class.getClassLoader().getResourceAsStream("it-bpmn/failing.bpmn")) {
            engine.getRepositoryService().createDeployment().name("it-failing").enableDuplicateFiltering(true)
                    .addInputStream("failing.bpmn", model).deploy();
        }
        engine.getRuntimeService().startProcessInstanceByKey("itFailing", businessKey);
    }

    private static Approvers approvers(String spec) {
        if (spec == null || spec.equals("manager")) {
            return Approvers.managerOfRequester(null);
        }
        return spec.startsWith("group:") ? Approvers.group(spec.substring(6)) : Approvers.user(spec.substring(5));
    }

    private void rollbackQuietly() {
        try {
            transaction.rollback();
        } catch (Exception ignored) {
            // already rolled back by the container
        }
    }

    private static void json(HttpServletResponse response, int status, JsonObjectBuilder body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(body.build().toString());
    }
}
