package org.parkportal.portlets.tasks;

import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import org.parkportal.workflow.application.WorkflowTexts;
import org.parkportal.workflow.domain.FormField;
import org.parkportal.workflow.domain.TaskForm;

/**
 * A form field ready for the view: its label and options in the reader's language, the value to show (what the user
 * just submitted if the inbox refused it, else the task's current value) and, if refused, why.
 */
public record FieldView(String id, String name, String label, String type, List<Option> options, boolean required,
                        boolean readOnly, Long min, Long max, Integer maxLength, String value, String problem) {

    /** An enum field's choice. */
    public record Option(String id, String label, boolean chosen) {
    }

    static List<FieldView> of(TaskForm form, String processKey, WorkflowTexts texts, Outcome outcome) {
        List<FieldView> views = new ArrayList<>();
        for (FormField f : form.fields()) {
            boolean resubmitted = outcome != null && outcome.failed() && outcome.submitted().containsKey(f.id());
            String value = resubmitted ? outcome.submitted().get(f.id()) : text(f.value());
            List<Option> options = new ArrayList<>();
            f.options().forEach((id, label) -> options.add(new Option(id,
                    texts.option(processKey, f.id(), id, label), id.equals(value))));
            String problem = outcome == null ? null : outcome.fieldProblems().get(f.id());
            views.add(new FieldView(f.id(), TaskInboxPortlet.FIELD_PREFIX + f.id(),
                    texts.field(processKey, f.id(), f.label() != null ? f.label() : f.id()),
                    f.type().name().toLowerCase(java.util.Locale.ROOT), options, f.required(), f.readOnly(), f.min(),
                    f.max(), f.maxLength(), value == null ? "" : value,
                    problem == null ? null : texts.fieldProblem(problem)));
        }
        return views;
    }

    private static String text(Object value) {
        if (value instanceof Date date) {
            SimpleDateFormat day = new SimpleDateFormat("yyyy-MM-dd");
            day.setTimeZone(TimeZone.getTimeZone("UTC"));
            return day.format(date);
        }
        return value == null ? null : value.toString();
    }
}
