package org.parkportal.workflow.application.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.form.FormFieldValidationConstraint;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.parkportal.access.application.AccessService;
import org.parkportal.access.application.CallerSubject;
import org.parkportal.access.domain.Subject;
import org.parkportal.directory.application.DirectoryService;
import org.parkportal.workflow.application.TaskDetails;
import org.parkportal.workflow.application.TaskDetails.TaskOperation;
import org.parkportal.workflow.application.TaskInbox;
import org.parkportal.workflow.application.TaskRefused;
import org.parkportal.workflow.application.TaskRefused.Reason;
import org.parkportal.workflow.domain.ApprovalRequest;
import org.parkportal.workflow.domain.FormField;
import org.parkportal.workflow.domain.FormFieldType;
import org.parkportal.workflow.domain.ProcessDiagram;
import org.parkportal.workflow.domain.TaskComment;
import org.parkportal.workflow.domain.TaskFilter;
import org.parkportal.workflow.domain.TaskForm;
import org.parkportal.workflow.domain.TaskSummary;
import org.parkportal.workflow.infrastructure.DiagramReader;
import org.parkportal.workflow.infrastructure.WorkflowEngine;

/**
 * The inbox on the embedded engine's task service. Who may see a task is decided by the engine's own identity
 * links (assignee, candidate users and groups) against the caller's directory groups; the engine's identity
 * tables stay empty, the directory is the one source of users and groups.
 */
@Stateless
public class CamundaTaskInbox implements TaskInbox {

    private static final int MAX_PAGE = 200;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @EJB
    private WorkflowEngine workflow;

    @EJB
    private CallerSubject caller;

    @EJB
    private AccessService access;

    @EJB
    private DirectoryService directory;

    @Override
    public List<TaskSummary> tasks(TaskFilter filter, ZoneId zone, int first, int max) {
        Subject me = caller.current();
        if (me.isGuest()) {
            return List.of();
        }
        TaskQuery query = filtered(me, filter, zone);
        if (filter == TaskFilter.OVERDUE || filter == TaskFilter.DUE_TODAY) {
            query.orderByDueDate().asc();
        } else {
            query.orderByTaskCreateTime().desc();
        }
        List<Task> tasks = query.listPage(Math.max(0, first), Math.max(1, Math.min(max, MAX_PAGE)));
        return summaries(tasks);
    }

    @Override
    public long count(TaskFilter filter, ZoneId zone) {
        Subject me = caller.current();
        return me.isGuest() ? 0 : filtered(me, filter, zone).count();
    }

    @Override
    public TaskDetails task(String taskId) {
        Subject me = caller.current();
        Task task = visible(me, taskId);
        TaskService tasks = engine().getTaskService();
        Set<String> groups = new TreeSet<>();
        Set<String> users = new TreeSet<>();
        for (IdentityLink link : tasks.getIdentityLinksForTask(taskId)) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
                if (link.getGroupId() != null) {
                    groups.add(link.getGroupId());
                }
                if (link.getUserId() != null) {
                    users.add(link.getUserId());
                }
            }
        }
        List<TaskComment> comments = task.getProcessInstanceId() == null ? List.of()
                : tasks.getProcessInstanceComments(task.getProcessInstanceId()).stream()
                        .map(c -> new TaskComment(c.getUserId(), time(c.getTime()), c.getFullMessage())).toList();
        return new TaskDetails(summaries(List.of(task)).get(0), task.getDescription(), form(taskId), comments, groups,
                users, allowed(me, task, groups, users), task.getProcessInstanceId());
    }

    @Override
    public void claim(String taskId) {
        Subject me = caller.current();
        Task task = visible(me, taskId);
        if (me.user().equals(task.getAssignee())) {
            return;
        }
        if (task.getAssignee() != null) {
            throw new TaskRefused(Reason.CLAIMED_BY_OTHER, taskId);
        }
        engine().getTaskService().claim(taskId, me.user());
    }

    @Override
    public void unclaim(String taskId) {
        Subject me = caller.current();
        Task task = visible(me, taskId);
        if (task.getAssignee() == null) {
            return;
        }
        if (!me.user().equals(task.getAssignee()) && !access.isAdministrator(me)) {
            throw new TaskRefused(Reason.NOT_ASSIGNED_TO_YOU, taskId);
        }
        engine().getTaskService().setAssignee(taskId, null);
    }

    @Override
    public void reassign(String taskId, String assignee) {
        Subject me = caller.current();
        Task task = visible(me, taskId);
        boolean mine = me.user().equals(task.getAssignee()) || task.getAssignee() == null;
        if (!mine && !access.isAdministrator(me)) {
            throw new TaskRefused(Reason.NOT_ASSIGNED_TO_YOU, taskId);
        }
        String to = assignee == null || assignee.isBlank() ? null : assignee.strip();
        if (to != null && directory.person(to).isEmpty()) {
            throw new TaskRefused(Reason.UNKNOWN_USER, to);
        }
        engine().getTaskService().setAssignee(taskId, to);
    }

    @Override
    public void complete(String taskId, Map<String, ?> values) {
        Subject me = caller.current();
        Task task = visible(me, taskId);
        if (task.getAssignee() != null && !me.user().equals(task.getAssignee())) {
            throw new TaskRefused(Reason.NOT_ASSIGNED_TO_YOU, taskId);
        }
        TaskForm.Submission submission = form(taskId).check(values == null ? Map.of() : values);
        if (!submission.valid()) {
            throw new TaskRefused(Reason.INVALID_FORM, taskId, submission.problems());
        }
        asCaller(me, () -> {
            if (task.getAssignee() == null) {
                engine().getTaskService().claim(taskId, me.user());
            }
            engine().getTaskService().complete(taskId, submission.variables());
        });
    }

    @Override
    public void comment(String taskId, String text) {
        Subject me = caller.current();
        Task task = visible(me, taskId);
        if (text == null || text.isBlank() || text.length() > 4000) {
            throw new TaskRefused(Reason.INVALID_INPUT, "a comment has 1 to 4000 characters");
        }
        asCaller(me, () -> engine().getTaskService().createComment(taskId, task.getProcessInstanceId(), text.strip()));
    }

    @Override
    public void schedule(String taskId, LocalDate due, LocalDate followUp, ZoneId zone) {
        Subject me = caller.current();
        Task task = visible(me, taskId);
        if (task.getAssignee() != null && !me.user().equals(task.getAssignee()) && !access.isAdministrator(me)) {
            throw new TaskRefused(Reason.NOT_ASSIGNED_TO_YOU, taskId);
        }
        // A date means the end of that day where the user is: due "today" is overdue only tomorrow.
        task.setDueDate(due == null ? null : Date.from(due.plusDays(1).atStartOfDay(zone).minusSeconds(1).toInstant()));
        task.setFollowUpDate(followUp == null ? null : Date.from(followUp.atStartOfDay(zone).toInstant()));
        engine().getTaskService().saveTask(task);
    }

    @Override
    public ProcessDiagram diagram(String taskId) {
        Task task = visible(caller.current(), taskId);
        ProcessDefinition definition = engine().getRepositoryService().getProcessDefinition(task.getProcessDefinitionId());
        Set<String> active = new HashSet<>(engine().getRuntimeService().getActiveActivityIds(task.getExecutionId()));
        active.add(task.getTaskDefinitionKey());
        return DiagramReader.read(definition.getKey(),
                engine().getRepositoryService().getBpmnModelInstance(definition.getId()), active);
    }

    // ---- who may see and do what

    /** The task if the caller may see it; NOT_FOUND otherwise, so other people's tasks are not revealed. */
    private Task visible(Subject me, String taskId) {
        if (me.isGuest() || taskId == null || taskId.isBlank() || taskId.length() > 64) {
            throw new TaskRefused(Reason.NOT_FOUND, String.valueOf(taskId));
        }
        TaskQuery query = engine().getTaskService().createTaskQuery().taskId(taskId);
        if (!access.isAdministrator(me)) {
            reachable(query, me);
        }
        Task task = query.singleResult();
        if (task == null) {
            throw new TaskRefused(Reason.NOT_FOUND, taskId);
        }
        return task;
    }

    /** Restricts a query to the tasks assigned to the caller or offered to them or their groups. */
    private static TaskQuery reachable(TaskQuery query, Subject me) {
        TaskQuery or = query.or().taskAssignee(me.user()).taskCandidateUser(me.user());
        if (!me.groups().isEmpty()) {
            or.taskCandidateGroupIn(new ArrayList<>(me.groups()));
        }
        return or.endOr();
    }

    private TaskQuery filtered(Subject me, TaskFilter filter, ZoneId zone) {
        TaskQuery query = engine().getTaskService().createTaskQuery();
        Date now = new Date();
        switch (filter) {
            case MINE -> query.taskAssignee(me.user());
            case MY_GROUPS -> {
                TaskQuery or = query.or().taskCandidateUser(me.user());
                if (!me.groups().isEmpty()) {
                    or.taskCandidateGroupIn(new ArrayList<>(me.groups()));
                }
                or.endOr();
            }
            default -> {
                if (!access.isAdministrator(me)) {
                    reachable(query, me);
                }
            }
        }
        LocalDate today = LocalDate.now(zone);
        switch (filter) {
            case OVERDUE -> query.dueBefore(now);
            case DUE_TODAY -> query.dueAfter(Date.from(today.atStartOfDay(zone).toInstant()))
                    .dueBefore(Date.from(today.plusDays(1).atStartOfDay(zone).toInstant()));
            case FOLLOW_UP -> query.followUpBefore(now);
            default -> { }
        }
        return query;
    }

    private Set<TaskOperation> allowed(Subject me, Task task, Set<String> groups, Set<String> users) {
        boolean admin = access.isAdministrator(me);
        boolean mine = me.user().equals(task.getAssignee());
        boolean offered = task.getAssignee() == null
                && (users.contains(me.user()) || groups.stream().anyMatch(me.groups()::contains));
        Set<TaskOperation> ops = EnumSet.of(TaskOperation.COMMENT);
        if (offered) {
            ops.addAll(EnumSet.of(TaskOperation.CLAIM, TaskOperation.COMPLETE, TaskOperation.REASSIGN,
                    TaskOperation.SET_DATES));
        }
        if (mine) {
            ops.addAll(EnumSet.of(TaskOperation.UNCLAIM, TaskOperation.COMPLETE, TaskOperation.REASSIGN,
                    TaskOperation.SET_DATES));
        }
        if (admin) {
            ops.addAll(EnumSet.of(TaskOperation.REASSIGN, TaskOperation.SET_DATES));
            if (task.getAssignee() != null) {
                ops.add(TaskOperation.UNCLAIM);
            } else {
                ops.add(TaskOperation.CLAIM);
            }
        }
        return ops;
    }

    // ---- reading

    private TaskForm form(String taskId) {
        FormService forms = engine().getFormService();
        var data = forms.getTaskFormData(taskId);
        List<FormField> fields = new ArrayList<>();
        if (data != null) {
            for (org.camunda.bpm.engine.form.FormField f : data.getFormFields()) {
                fields.add(field(f));
            }
        }
        return new TaskForm(fields);
    }

    @SuppressWarnings("unchecked")
    private static FormField field(org.camunda.bpm.engine.form.FormField f) {
        Map<String, String> options = new LinkedHashMap<>();
        if (f.getType() != null && f.getType().getInformation("values") instanceof Map<?, ?> values) {
            options.putAll((Map<String, String>) values);
        }
        boolean required = false;
        boolean readOnly = false;
        Long min = null;
        Long max = null;
        Integer minLength = null;
        Integer maxLength = null;
        for (FormFieldValidationConstraint c : f.getValidationConstraints()) {
            Object conf = c.getConfiguration();
            switch (c.getName()) {
                case "required" -> required = true;
                case "readonly" -> readOnly = true;
                case "min" -> min = number(conf);
                case "max" -> max = number(conf);
                case "minlength" -> minLength = number(conf) == null ? null : number(conf).intValue();
                case "maxlength" -> maxLength = number(conf) == null ? null : number(conf).intValue();
                default -> { }
            }
        }
        Object value = f.getValue() == null ? null : f.getValue().getValue();
        return new FormField(f.getId(), f.getLabel(), FormFieldType.of(f.getTypeName()), options, required, readOnly,
                min, max, minLength, maxLength, value);
    }

    private static Long number(Object configuration) {
        try {
            return configuration == null ? null : Long.valueOf(configuration.toString().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private List<TaskSummary> summaries(List<Task> tasks) {
        Set<String> instanceIds = tasks.stream().map(Task::getProcessInstanceId).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        Map<String, String> businessKeys = instanceIds.isEmpty() ? Map.of()
                : engine().getRuntimeService().createProcessInstanceQuery().processInstanceIds(instanceIds).list()
                        .stream().filter(p -> p.getBusinessKey() != null)
                        .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
        Set<String> definitionIds = tasks.stream().map(Task::getProcessDefinitionId).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        Map<String, ProcessDefinition> definitions = definitionIds.isEmpty() ? Map.of()
                : engine().getRepositoryService().createProcessDefinitionQuery()
                        .processDefinitionIdIn(definitionIds.toArray(String[]::new)).list().stream()
                        .collect(Collectors.toMap(ProcessDefinition::getId, Function.identity()));
        Map<String, ApprovalRequest> approvals = approvals(instanceIds);
        List<TaskSummary> summaries = new ArrayList<>();
        for (Task t : tasks) {
            ApprovalRequest approval = approvals.get(t.getProcessInstanceId());
            ProcessDefinition definition = definitions.get(t.getProcessDefinitionId());
            summaries.add(new TaskSummary(t.getId(), t.getName(), definition == null ? null : definition.getKey(),
                    definition == null ? null : definition.getName() != null ? definition.getName() : definition.getKey(),
                    t.getTaskDefinitionKey(), businessKeys.get(t.getProcessInstanceId()), approval == null ? null : approval.requestType(),
                    approval == null ? null : approval.subject(), t.getAssignee(), time(t.getCreateTime()),
                    time(t.getDueDate()), time(t.getFollowUpDate()), t.getPriority()));
        }
        return summaries;
    }

    private Map<String, ApprovalRequest> approvals(Collection<String> processInstanceIds) {
        if (processInstanceIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select a from ApprovalRequest a where a.processInstanceId in :ids", ApprovalRequest.class)
                .setParameter("ids", processInstanceIds).getResultList().stream()
                .collect(Collectors.toMap(ApprovalRequest::processInstanceId, Function.identity()));
    }

    private static OffsetDateTime time(Date date) {
        return date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC);
    }

    /** Runs engine work as the caller, so comments and history name them. */
    private void asCaller(Subject me, Runnable work) {
        IdentityService identity = engine().getIdentityService();
        identity.setAuthentication(me.user(), new ArrayList<>(me.groups()));
        try {
            work.run();
        } finally {
            identity.clearAuthentication();
        }
    }

    private ProcessEngine engine() {
        return workflow.engine();
    }
}
