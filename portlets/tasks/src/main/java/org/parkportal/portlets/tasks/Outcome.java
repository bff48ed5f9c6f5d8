package org.parkportal.portlets.tasks;

import java.io.Serializable;
import java.util.Map;
import org.parkportal.workflow.application.TaskRefused;

/**
 * What the last action on a task came to, for the next render of the same window (kept in the portlet session,
 * once, so comments and form values typed by the user never end up in URLs): a key of this portlet's bundle or the
 * workflow's refusal, the problems per form field (field id to problem code), and the values the user submitted,
 * shown again so nothing typed is lost.
 */
public record Outcome(String messageKey, TaskRefused.Reason refusal, Map<String, String> fieldProblems,
               Map<String, String> submitted) implements Serializable {

    private static final long serialVersionUID = 1L;

    static Outcome done(String messageKey) {
        return new Outcome(messageKey, null, Map.of(), Map.of());
    }

    static Outcome refused(TaskRefused.Reason reason, Map<String, String> fieldProblems, Map<String, String> submitted) {
        return new Outcome(null, reason, Map.copyOf(fieldProblems), Map.copyOf(submitted));
    }

    static Outcome invalidDate() {
        return new Outcome("refused.date", null, Map.of(), Map.of());
    }

    public boolean failed() {
        return refusal != null || messageKey.startsWith("refused.");
    }
}
