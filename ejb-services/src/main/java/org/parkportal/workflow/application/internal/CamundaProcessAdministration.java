package org.parkportal.workflow.application.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;
import org.parkportal.access.application.AccessService;
import org.parkportal.access.application.CallerSubject;
import org.parkportal.access.domain.Subject;
import org.parkportal.workflow.application.ProcessAdministration;
import org.parkportal.workflow.application.TaskRefused;
import org.parkportal.workflow.application.TaskRefused.Reason;
import org.parkportal.workflow.domain.ApprovalRequest;
import org.parkportal.workflow.domain.ApprovalStatus;
import org.parkportal.workflow.domain.ProcessSummary;
import org.parkportal.workflow.infrastructure.WorkflowEngine;

/** Process administration on the embedded engine, for administrators. */
@Stateless
public class CamundaProcessAdministration implements ProcessAdministration {

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
    private ApprovalOutcomes outcomes;

    @Override
    public List<ProcessSummary> running(boolean onlyWithIncidents, int first, int max) {
        requireAdministrator();
        List<ProcessInstance> instances = query(onlyWithIncidents).orderByProcessInstanceId().asc()
                .listPage(Math.max(0, first), Math.max(1, Math.min(max, MAX_PAGE)));
        if (instances.isEmpty()) {
            return List.of();
        }
        Set<String> ids = instances.stream().map(ProcessInstance::getId).collect(Collectors.toSet());
        Map<String, HistoricProcessInstance> history = engine().getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceIds(ids).list().stream()
                .collect(Collectors.toMap(HistoricProcessInstance::getId, Function.identity()));
        Map<String, ProcessDefinition> definitions = engine().getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionIdIn(instances.stream().map(ProcessInstance::getProcessDefinitionId).distinct()
                        .toArray(String[]::new)).list().stream()
                .collect(Collectors.toMap(ProcessDefinition::getId, Function.identity()));
        Map<String, List<Incident>> incidents = engine().getRuntimeService().createIncidentQuery().list().stream()
                .filter(i -> ids.contains(i.getProcessInstanceId()))
                .collect(Collectors.groupingBy(Incident::getProcessInstanceId));
        List<ProcessSummary> summaries = new ArrayList<>();
        for (ProcessInstance p : instances) {
            ProcessDefinition d = definitions.get(p.getProcessDefinitionId());
            HistoricProcessInstance h = history.get(p.getId());
            List<String> steps = engine().getRuntimeService().getActiveActivityIds(p.getId());
            List<ProcessSummary.Incident> found = incidents.getOrDefault(p.getId(), List.of()).stream()
                    .map(CamundaProcessAdministration::incident).toList();
            summaries.add(new ProcessSummary(p.getId(), d == null ? null : d.getKey(),
                    d == null ? null : d.getName() != null ? d.getName() : d.getKey(), p.getBusinessKey(),
                    h == null ? null : time(h.getStartTime()), h == null ? null : h.getStartUserId(), steps, found,
                    stepNames(p.getProcessDefinitionId(), steps, found)));
        }
        return summaries;
    }

    @Override
    public long countRunning(boolean onlyWithIncidents) {
        requireAdministrator();
        return query(onlyWithIncidents).count();
    }

    @Override
    public void retry(String incidentId) {
        requireAdministrator();
        Incident incident = incidentId == null ? null
                : engine().getRuntimeService().createIncidentQuery().incidentId(incidentId).singleResult();
        if (incident == null || incident.getConfiguration() == null) {
            throw new TaskRefused(Reason.NOT_FOUND, "incident " + incidentId);
        }
        // For a failed job the incident's configuration is the job's id.
        engine().getManagementService().setJobRetries(incident.getConfiguration(), 1);
    }

    @Override
    public void cancel(String processInstanceId, String reason) {
        Subject me = requireAdministrator();
        ProcessInstance instance = processInstanceId == null ? null : engine().getRuntimeService()
                .createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
        if (instance == null) {
            throw new TaskRefused(Reason.NOT_FOUND, "process " + processInstanceId);
        }
        String why = reason == null || reason.isBlank() ? "cancelled by " + me.user() : reason.strip();
        engine().getRuntimeService().deleteProcessInstance(processInstanceId, why, true, true);
        // Deleting skips the end events, so an approval's outcome is recorded here, in the same transaction.
        em.createQuery("select a from ApprovalRequest a where a.processInstanceId = :id", ApprovalRequest.class)
                .setParameter("id", processInstanceId).getResultStream().findFirst()
                .ifPresent(a -> outcomes.ended(a.id(), ApprovalStatus.CANCELLED, me.user(), why));
    }

    private ProcessInstanceQuery query(boolean onlyWithIncidents) {
        ProcessInstanceQuery query = engine().getRuntimeService().createProcessInstanceQuery().active();
        return onlyWithIncidents ? query.withIncident() : query;
    }

    private Subject requireAdministrator() {
        Subject me = caller.current();
        if (!access.isAdministrator(me)) {
            throw new TaskRefused(Reason.NOT_ALLOWED, "process administration by " + me.user());
        }
        return me;
    }

    /** The model's names of the steps a summary mentions (the engine caches the parsed model). */
    private Map<String, String> stepNames(String definitionId, List<String> steps, List<ProcessSummary.Incident> incidents) {
        BpmnModelInstance model = engine().getRepositoryService().getBpmnModelInstance(definitionId);
        Map<String, String> names = new java.util.HashMap<>();
        java.util.stream.Stream.concat(steps.stream(), incidents.stream().map(ProcessSummary.Incident::step))
                .filter(java.util.Objects::nonNull).distinct().forEach(id -> {
                    ModelElementInstance element = model == null ? null : model.getModelElementById(id);
                    String name = element instanceof FlowElement f ? f.getName() : null;
                    if (name != null && !name.isBlank()) {
                        names.put(id, name);
                    }
                });
        return names;
    }

    private ProcessEngine engine() {
        return workflow.engine();
    }

    private static ProcessSummary.Incident incident(Incident i) {
        return new ProcessSummary.Incident(i.getId(), i.getIncidentType(), i.getActivityId(), i.getIncidentMessage(),
                time(i.getIncidentTimestamp()), i.getConfiguration());
    }

    private static OffsetDateTime time(Date date) {
        return date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC);
    }
}
