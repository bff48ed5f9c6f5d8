package org.parkportal.workflow.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A task's form: its declared fields, and the check of a submission against them. Only declared fields may be
 * set by completing a task, so nobody can change other process variables (the approver, the outcome) through it.
 *
 * <p>One shorthand for API clients: a decision form (an enum field {@code decision} offering approve and
 * reject) also accepts {@code {"approved": true|false}}.
 */
public record TaskForm(List<FormField> fields) {

    static final String DECISION = "decision";
    static final String APPROVED = "approved";

    public TaskForm {
        fields = List.copyOf(fields);
    }

    /** The variables to complete the task with, or the problems (one per field at most). */
    public Submission check(Map<String, ?> submitted) {
        Map<String, Object> values = new HashMap<>(submitted);
        applyApprovedShorthand(values);
        Map<String, Object> accepted = new LinkedHashMap<>();
        List<FormField.Problem> problems = new ArrayList<>();
        for (String name : values.keySet()) {
            if (fields.stream().noneMatch(f -> f.id().equals(name))) {
                problems.add(new FormField.Problem(name, "unknown"));
            }
        }
        for (FormField field : fields) {
            if (!values.containsKey(field.id()) && (field.readOnly() || !field.required())) {
                continue; // untouched: the variable keeps its value
            }
            FormField.Result result = field.accept(values.get(field.id()));
            if (result.accepted()) {
                accepted.put(field.id(), result.value());
            } else {
                problems.add(result.problem());
            }
        }
        return new Submission(accepted, problems);
    }

    private void applyApprovedShorthand(Map<String, Object> values) {
        Object approved = values.get(APPROVED);
        boolean decisionForm = fields.stream().anyMatch(f -> f.id().equals(DECISION)
                && f.type() == FormFieldType.ENUM && f.options().containsKey("approve") && f.options().containsKey("reject"));
        boolean declared = fields.stream().anyMatch(f -> f.id().equals(APPROVED));
        if (approved != null && decisionForm && !declared && values.get(DECISION) == null) {
            values.remove(APPROVED);
            if (approved instanceof Boolean b) {
                values.put(DECISION, b ? "approve" : "reject");
            } else if ("true".equalsIgnoreCase(approved.toString()) || "false".equalsIgnoreCase(approved.toString())) {
                values.put(DECISION, Boolean.parseBoolean(approved.toString()) ? "approve" : "reject");
            } else {
                values.put(DECISION, "?");
            }
        }
    }

    /** The outcome of checking a submission. */
    public record Submission(Map<String, Object> variables, List<FormField.Problem> problems) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }
}
