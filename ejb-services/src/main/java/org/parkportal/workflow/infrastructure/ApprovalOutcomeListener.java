package org.parkportal.workflow.infrastructure;

import java.util.function.Consumer;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Adds, when the engine parses the approval model, a listener to each of its end events that reports the outcome
 * (the variable the model's own end listener has just set) to the portal. The model stays free of Java class
 * names; the portal learns outcomes without polling.
 */
class ApprovalOutcomeListener extends AbstractBpmnParseListener {

    static final String PROCESS_KEY = "approval";

    /** What an ending approval reports: the approval's id and the outcome variable, the user who ended it. */
    record Ending(String approvalId, String outcome, String endedBy, String comment) {
    }

    private final Consumer<Ending> outcomes;

    ApprovalOutcomeListener(Consumer<Ending> outcomes) {
        this.outcomes = outcomes;
    }

    @Override
    public void parseEndEvent(Element endEventElement, ScopeImpl scope, ActivityImpl activity) {
        if (scope instanceof ProcessDefinitionEntity process && PROCESS_KEY.equals(process.getKey())) {
            activity.addListener(ExecutionListener.EVENTNAME_START, (ExecutionListener) this::report);
        }
    }

    private void report(DelegateExecution execution) {
        String endedBy = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication() == null
                ? null : execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication().getUserId();
        outcomes.accept(new Ending((String) execution.getVariable("approvalId"),
                (String) execution.getVariable("outcome"), endedBy, (String) execution.getVariable("comment")));
    }
}
