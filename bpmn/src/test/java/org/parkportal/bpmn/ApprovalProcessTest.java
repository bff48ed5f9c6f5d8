package org.parkportal.bpmn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.form.FormField;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Runs approval.bpmn on an in-memory engine (H2, full history, no job executor): timers fire only when a test
 * moves the clock and executes their job.
 */
@Deployment(resources = ApprovalProcessTest.MODEL)
class ApprovalProcessTest {

    static final String MODEL = "bpmn/approval.bpmn";
    static final String PROCESS = "approval";

    @RegisterExtension
    static final ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .useProcessEngine(inMemoryEngine())
            .build();

    private static final Instant REQUESTED_AT = Instant.parse("2025-03-03T09:00:00Z");

    private RepositoryService repository;
    private RuntimeService runtime;
    private TaskService tasks;
    private FormService forms;
    private ManagementService management;
    private HistoryService history;

    private static ProcessEngine inMemoryEngine() {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setProcessEngineName("approval-test");
        configuration.setJdbcUrl("jdbc:h2:mem:approval-test;DB_CLOSE_DELAY=-1");
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setJobExecutorActivate(false);
        return configuration.buildProcessEngine();
    }

    @BeforeEach
    void services() {
        ProcessEngine engine = extension.getProcessEngine();
        repository = engine.getRepositoryService();
        runtime = engine.getRuntimeService();
        tasks = engine.getTaskService();
        forms = engine.getFormService();
        management = engine.getManagementService();
        history = engine.getHistoryService();
        ClockUtil.setCurrentTime(Date.from(REQUESTED_AT));
    }

    @AfterEach
    void realClock() {
        ClockUtil.reset();
    }

    // --- the model -------------------------------------------------------------------------------------

    @Test
    void modelPassesTheSchemaAndTheEnginesParse() throws Exception {
        try (InputStream xml = getClass().getClassLoader().getResourceAsStream(MODEL)) {
            assertNotNull(xml, MODEL + " on the classpath");
            BpmnModelInstance model = Bpmn.readModelFromStream(xml);
            Bpmn.validateModel(model);
        }

        String deploymentId = repository.createDeployment()
                .name("parse check")
                .addClasspathResource(MODEL)
                .deploy()
                .getId();
        try {
            ProcessDefinition definition = repository.createProcessDefinitionQuery()
                    .deploymentId(deploymentId).singleResult();
            assertEquals(PROCESS, definition.getKey());
            assertEquals("Approval", definition.getName());
            assertEquals("1.0.0", definition.getVersionTag());
            assertFalse(definition.isStartableInTasklist(), "services start it, people do not");
            assertNotNull(repository.getBpmnModelInstance(definition.getId()).getModelElementById("decide"));
        } finally {
            repository.deleteDeployment(deploymentId, true);
        }
    }

    @Test
    void deployedDefinitionKeepsHistoryFor180Days() {
        ProcessDefinition definition = repository.createProcessDefinitionQuery()
                .processDefinitionKey(PROCESS).latestVersion().singleResult();
        assertEquals(180, definition.getHistoryTimeToLive());
    }

    // --- who decides ---------------------------------------------------------------------------------------

    @Test
    void decideIsOfferedToTheApproverGroup() {
        ProcessInstance approval = start(request().approverGroup("managers"));

        Task decide = openTask(approval, "decide");
        assertEquals("Decide", decide.getName());
        assertNull(decide.getAssignee());
        assertEquals(List.of("managers"), candidateGroups(decide));
        assertEquals(1, tasks.createTaskQuery().taskCandidateGroup("managers")
                .processInstanceBusinessKey("srv-42").count());
        assertEquals(0, tasks.createTaskQuery().taskCandidateGroup("portal-admins").count());
    }

    @Test
    void decideIsAssignedToANamedApprover() {
        ProcessInstance approval = start(request().approver("mkoch"));

        Task decide = openTask(approval, "decide");
        assertEquals("mkoch", decide.getAssignee());
        assertEquals(List.of(), candidateGroups(decide), "no candidate group, not even an empty one");
        assertEquals(1, tasks.createTaskQuery().taskAssignee("mkoch").count());
    }

    @Test
    void anEmptyApproverGroupBesideANamedApproverAddsNoCandidateGroup() {
        ProcessInstance approval = start(request().approver("mkoch").approverGroup(""));

        Task decide = openTask(approval, "decide");
        assertEquals("mkoch", decide.getAssignee());
        assertEquals(List.of(), candidateGroups(decide));
    }

    @Test
    void givenBothTheNamedApproverHasTheTaskAndTheGroupIsCandidate() {
        ProcessInstance approval = start(request().approver("mkoch").approverGroup("managers"));

        Task decide = openTask(approval, "decide");
        assertEquals("mkoch", decide.getAssignee());
        assertEquals(List.of("managers"), candidateGroups(decide));
    }

    @Test
    void decideWithNobodyToDecideStillEscalatesToTheAdministrators() {
        ProcessInstance approval = start(request());
        Task decide = openTask(approval, "decide");
        assertNull(decide.getAssignee());
        assertEquals(List.of(), candidateGroups(decide));

        moveClockBy(Duration.ofDays(3).plusMinutes(1));
        management.executeJob(timer(approval, "escalateTimer").getId());

        assertEquals(List.of("portal-admins"), candidateGroups(openTask(approval, "escalation")));
    }

    // --- outcomes --------------------------------------------------------------------------------------

    @Test
    void approvedRequestEndsAtApproved() {
        ProcessInstance approval = start(request().approverGroup("managers"));

        decide(approval, "approve", "fine");

        assertEnded(approval, "approved");
        assertEquals("approved", historicVariable(approval, "outcome"));
        assertEquals("fine", historicVariable(approval, "comment"));
        assertEquals("srv-42", historicVariable(approval, "requestId"));
    }

    @Test
    void rejectedRequestEndsAtRejected() {
        ProcessInstance approval = start(request().approverGroup("managers"));

        decide(approval, "reject", "no budget");

        assertEnded(approval, "rejected");
        assertEquals("rejected", historicVariable(approval, "outcome"));
        assertEquals("reject", historicVariable(approval, "decision"));
    }

    @Test
    void reworkedAndResubmittedRequestGoesBackToTheApproverAndCanBeApproved() {
        ProcessInstance approval = start(request().approverGroup("managers"));

        decide(approval, "rework", "two cores are enough");
        Task revise = openTask(approval, "revise");
        assertEquals("alice", revise.getAssignee(), "the requester revises");
        assertEquals(0, openTasks(approval, "decide"));
        forms.submitTaskForm(revise.getId(), Map.of("comment", "now two cores", "resubmit", true));

        Task decideAgain = openTask(approval, "decide");
        assertEquals(List.of("managers"), candidateGroups(decideAgain));
        assertFalse(isEnded(approval));
        decide(approval, "approve", "thanks");

        assertEnded(approval, "approved");
        assertEquals("approved", historicVariable(approval, "outcome"));
        assertEquals(2, history.createHistoricActivityInstanceQuery().processInstanceId(approval.getId())
                .activityId("decide").count());
        assertEquals(1, history.createHistoricActivityInstanceQuery().processInstanceId(approval.getId())
                .activityId("revise").count());
    }

    @Test
    void reworkedRequestThatIsNotResubmittedEndsAtWithdrawn() {
        ProcessInstance approval = start(request().approver("mkoch"));

        decide(approval, "rework", "which project pays?");
        forms.submitTaskForm(openTask(approval, "revise").getId(), Map.of("comment", "never mind", "resubmit", false));

        assertEnded(approval, "withdrawn");
        assertEquals("withdrawn", historicVariable(approval, "outcome"));
        assertEquals(0, openTasks(approval, null));
    }

    @Test
    void decideCannotBeCompletedWithoutADecision() {
        ProcessInstance approval = start(request().approverGroup("managers"));
        String decide = openTask(approval, "decide").getId();

        assertThrows(ProcessEngineException.class, () -> forms.submitTaskForm(decide, Map.of("comment", "hm")));
        assertThrows(ProcessEngineException.class, () -> tasks.complete(decide));

        assertFalse(isEnded(approval));
        assertEquals(decide, openTask(approval, "decide").getId());
    }

    @Test
    void everyRoundNeedsAFreshDecision() {
        ProcessInstance approval = start(request().approverGroup("managers"));
        decide(approval, "rework", "which zone?");
        forms.submitTaskForm(openTask(approval, "revise").getId(), Map.of("comment", "zone B", "resubmit", true));
        String decideAgain = openTask(approval, "decide").getId();

        assertThrows(ProcessEngineException.class, () -> forms.submitTaskForm(decideAgain, Map.of("comment", "ok")),
                "the first round's rework must not be taken again");
        assertEquals(decideAgain, openTask(approval, "decide").getId());
        assertEquals(0, openTasks(approval, "revise"));
    }

    @Test
    void decisionOutsideTheEnumIsRefused() {
        ProcessInstance approval = start(request().approverGroup("managers"));
        String decide = openTask(approval, "decide").getId();

        assertThrows(ProcessEngineException.class,
                () -> forms.submitTaskForm(decide, Map.of("decision", "maybe")));
        assertEquals(decide, openTask(approval, "decide").getId());
    }

    // --- forms -----------------------------------------------------------------------------------------

    @Test
    void decideFormIsDeclaredInTheModel() {
        ProcessInstance approval = start(request().approverGroup("managers"));

        Map<String, FormField> fields = formFields(openTask(approval, "decide"));

        assertEquals(List.of("decision", "comment"), List.copyOf(fields.keySet()));
        FormField decision = fields.get("decision");
        assertEquals("enum", decision.getTypeName());
        @SuppressWarnings("unchecked")
        Map<String, String> values = (Map<String, String>) decision.getType().getInformation("values");
        assertEquals(List.of("approve", "reject", "rework"), List.copyOf(values.keySet()));
        assertEquals("required", decision.getValidationConstraints().get(0).getName());
        assertEquals("string", fields.get("comment").getTypeName());
    }

    @Test
    void reviseFormIsDeclaredInTheModel() {
        ProcessInstance approval = start(request().approverGroup("managers"));
        decide(approval, "rework", "more detail please");

        Map<String, FormField> fields = formFields(openTask(approval, "revise"));

        assertEquals(List.of("comment", "resubmit"), List.copyOf(fields.keySet()));
        assertEquals("string", fields.get("comment").getTypeName());
        assertEquals("boolean", fields.get("resubmit").getTypeName());
        assertEquals("more detail please", fields.get("comment").getValue().getValue(),
                "the requester sees the approver's comment");
    }

    // --- escalation and reminders ----------------------------------------------------------------------

    @Test
    void undecidedRequestEscalatesAfterThreeDaysByDefaultAndDecideStaysOpen() {
        ProcessInstance approval = start(request().approverGroup("managers"));
        String decide = openTask(approval, "decide").getId();
        Job escalation = timer(approval, "escalateTimer");
        assertEquals(Date.from(REQUESTED_AT.plus(Duration.ofDays(3))), escalation.getDuedate());

        moveClockBy(Duration.ofDays(3).plusMinutes(1));
        management.executeJob(escalation.getId());

        assertEquals(true, runtime.getVariable(approval.getId(), "escalated"));
        Task overdue = openTask(approval, "escalation");
        assertEquals(List.of("portal-admins"), candidateGroups(overdue));
        assertEquals(decide, openTask(approval, "decide").getId(), "the same decide task is still open");
        assertEquals(0, management.createJobQuery().processInstanceId(approval.getId())
                .activityId("escalateTimer").count(), "escalates once");
    }

    @Test
    void escalationDelayAndGroupComeFromTheStartVariables() {
        ProcessInstance approval = start(request().approver("mkoch")
                .with("escalateAfter", "PT8H").with("escalationGroup", "cloud-operators"));
        Job escalation = timer(approval, "escalateTimer");
        assertEquals(Date.from(REQUESTED_AT.plus(Duration.ofHours(8))), escalation.getDuedate());
        assertEquals(false, runtime.getVariable(approval.getId(), "escalated"));

        moveClockBy(Duration.ofHours(8).plusMinutes(1));
        management.executeJob(escalation.getId());

        assertEquals(true, runtime.getVariable(approval.getId(), "escalated"));
        assertEquals(List.of("cloud-operators"), candidateGroups(openTask(approval, "escalation")));
        assertEquals("mkoch", openTask(approval, "decide").getAssignee());
    }

    @Test
    void decisionAfterEscalationEndsTheEscalationTaskToo() {
        ProcessInstance approval = start(request().approverGroup("managers"));
        moveClockBy(Duration.ofDays(4));
        management.executeJob(timer(approval, "escalateTimer").getId());
        assertEquals(1, openTasks(approval, "escalation"));

        decide(approval, "reject", "too late anyway");

        assertEnded(approval, "rejected");
        assertEquals("rejected", historicVariable(approval, "outcome"));
        assertEquals(true, historicVariable(approval, "escalated"));
        assertEquals(0, openTasks(approval, null));
        assertEquals(0, management.createJobQuery().processInstanceId(approval.getId()).count());
    }

    @Test
    void reminderCycleCountsThreeRemindersAndStops() {
        ProcessInstance approval = start(request().approverGroup("managers").with("escalateAfter", "P30D"));
        assertEquals(0, reminders(approval));

        for (int expected = 1; expected <= 3; expected++) {
            Job reminder = timer(approval, "remindTimer");
            assertEquals(Date.from(REQUESTED_AT.plus(Duration.ofDays(expected))), reminder.getDuedate());
            // A job executor runs a timer a little after it is due, never at the exact millisecond.
            ClockUtil.setCurrentTime(Date.from(reminder.getDuedate().toInstant().plusSeconds(60)));
            management.executeJob(reminder.getId());
            assertEquals(expected, reminders(approval));
        }

        assertEquals(0, management.createJobQuery().processInstanceId(approval.getId())
                .activityId("remindTimer").count(), "R3: no fourth reminder");
        assertEquals(1, openTasks(approval, "decide"));
        assertEquals(0, openTasks(approval, "escalation"));
        assertEquals(false, runtime.getVariable(approval.getId(), "escalated"));
    }

    @Test
    void remindersRestartWithTheNextRoundAndKeepCounting() {
        ProcessInstance approval = start(request().approverGroup("managers"));
        moveClockBy(Duration.ofDays(1).plusMinutes(1));
        management.executeJob(timer(approval, "remindTimer").getId());
        decide(approval, "rework", "add the cost centre");
        forms.submitTaskForm(openTask(approval, "revise").getId(), Map.of("resubmit", true));

        Job reminder = timer(approval, "remindTimer");
        assertEquals(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(1))), reminder.getDuedate(),
                "the cycle starts again with the new round");
        moveClockBy(Duration.ofDays(1).plusMinutes(1));
        management.executeJob(reminder.getId());

        assertEquals(2, reminders(approval));
    }

    @Test
    void reminderIntervalComesFromTheStartVariables() {
        ProcessInstance approval = start(request().approverGroup("managers").with("remindEvery", "PT4H"));

        Job reminder = timer(approval, "remindTimer");

        assertEquals(Date.from(REQUESTED_AT.plus(Duration.ofHours(4))), reminder.getDuedate());
    }

    @Test
    void timersStopOnceDecideIsCompleted() {
        ProcessInstance approval = start(request().approverGroup("managers"));
        assertEquals(2, management.createJobQuery().processInstanceId(approval.getId()).timers().count());

        decide(approval, "rework", "please add a cost centre");

        assertEquals(0, management.createJobQuery().processInstanceId(approval.getId()).count(),
                "no reminders or escalation while the requester revises");
    }

    // --- helpers ---------------------------------------------------------------------------------------

    /** Start variables of a request by alice for a cloud server, id srv-42; add who decides. */
    private static Request request() {
        return new Request()
                .with("requestType", "cloud-server")
                .with("requestId", "srv-42")
                .with("requester", "alice");
    }

    private static final class Request {
        final Map<String, Object> variables = new HashMap<>();

        Request with(String name, Object value) {
            variables.put(name, value);
            return this;
        }

        Request approver(String login) {
            return with("approver", login);
        }

        Request approverGroup(String group) {
            return with("approverGroup", group);
        }
    }

    private ProcessInstance start(Request request) {
        return runtime.startProcessInstanceByKey(PROCESS, (String) request.variables.get("requestId"),
                request.variables);
    }

    private void decide(ProcessInstance approval, String decision, String comment) {
        forms.submitTaskForm(openTask(approval, "decide").getId(), Map.of("decision", decision, "comment", comment));
    }

    private Task openTask(ProcessInstance approval, String taskKey) {
        Task task = tasks.createTaskQuery().processInstanceId(approval.getId()).taskDefinitionKey(taskKey)
                .singleResult();
        assertNotNull(task, "open task " + taskKey);
        return task;
    }

    private long openTasks(ProcessInstance approval, String taskKey) {
        var query = tasks.createTaskQuery().processInstanceId(approval.getId());
        return taskKey == null ? query.count() : query.taskDefinitionKey(taskKey).count();
    }

    private List<String> candidateGroups(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId)
                .collect(Collectors.toList());
    }

    private Map<String, FormField> formFields(Task task) {
        Map<String, FormField> fields = new LinkedHashMap<>();
        forms.getTaskFormData(task.getId()).getFormFields().forEach(field -> fields.put(field.getId(), field));
        return fields;
    }

    private Job timer(ProcessInstance approval, String boundaryEvent) {
        Job job = management.createJobQuery().processInstanceId(approval.getId()).timers()
                .activityId(boundaryEvent).singleResult();
        assertNotNull(job, "timer of " + boundaryEvent);
        return job;
    }

    private void moveClockBy(Duration duration) {
        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(duration)));
    }

    private int reminders(ProcessInstance approval) {
        return ((Number) runtime.getVariable(approval.getId(), "reminders")).intValue();
    }

    private boolean isEnded(ProcessInstance approval) {
        return runtime.createProcessInstanceQuery().processInstanceId(approval.getId()).count() == 0;
    }

    private void assertEnded(ProcessInstance approval, String endEvent) {
        assertTrue(isEnded(approval), "process instance ended");
        HistoricProcessInstance ended = history.createHistoricProcessInstanceQuery()
                .processInstanceId(approval.getId()).singleResult();
        assertEquals(HistoricProcessInstance.STATE_COMPLETED, ended.getState());
        assertEquals(endEvent, ended.getEndActivityId());
        assertEquals(1, history.createHistoricActivityInstanceQuery().processInstanceId(approval.getId())
                .activityId(endEvent).finished().count(), "passed end event " + endEvent);
    }

    private Object historicVariable(ProcessInstance approval, String name) {
        HistoricVariableInstance variable = history.createHistoricVariableInstanceQuery()
                .processInstanceId(approval.getId()).variableName(name).singleResult();
        assertNotNull(variable, "historic variable " + name);
        return variable.getValue();
    }
}
