package org.parkportal.workflow.application;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.parkportal.workflow.application.TaskRefused.Reason;

/**
 * The workflow's words in the user's language: why an operation was refused, what is wrong with a form value, and
 * the names of the models' steps, fields and options (models are written in English; a key per process, step and
 * field translates them, and the model's own text is the fallback for models the portal has no words for yet).
 */
public final class WorkflowTexts {

    private static final String BUNDLE = "org.parkportal.workflow.messages";

    private final ResourceBundle messages;

    private WorkflowTexts(ResourceBundle messages) {
        this.messages = messages;
    }

    public static WorkflowTexts of(Locale locale) {
        return new WorkflowTexts(ResourceBundle.getBundle(BUNDLE, locale, WorkflowTexts.class.getClassLoader()));
    }

    public String refusal(Reason reason) {
        return text("refused." + reason.name(), "refused.NOT_ALLOWED");
    }

    public String approvalRefusal(ApprovalRefused.Reason reason) {
        return text("approval.refused." + reason.name(), "refused.NOT_ALLOWED");
    }

    /** A form value's problem (codes of {@code FormField.Problem}: required, too-long, invalid-date, ...). */
    public String fieldProblem(String code) {
        return text("field." + code, "field.invalid");
    }

    /** A step (task, event, gateway) of a model, e.g. the approval's "decide". */
    public String step(String processKey, String stepId, String modelText) {
        return optional("step." + processKey + "." + stepId, modelText);
    }

    /** A sequence flow's name (e.g. the approval's "rework"), as a diagram labels it. */
    public String flow(String processKey, String flowId, String modelText) {
        return optional("flow." + processKey + "." + flowId, modelText);
    }

    public String process(String processKey, String modelText) {
        return optional("process." + processKey, modelText);
    }

    /** What an approval is about, by the requesting service's request type (e.g. "cloud-server"). */
    public String request(String requestType) {
        return optional("request." + requestType, requestType);
    }

    public String field(String processKey, String fieldId, String modelText) {
        return optional("form." + processKey + "." + fieldId, modelText);
    }

    public String option(String processKey, String fieldId, String optionId, String modelText) {
        return optional("form." + processKey + "." + fieldId + "." + optionId, modelText);
    }

    /** A word of the inbox itself (filters, buttons), for callers that share these texts. */
    public String word(String key) {
        return text(key, key);
    }

    private String optional(String key, String fallback) {
        try {
            return messages.getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }

    private String text(String key, String fallbackKey) {
        try {
            return messages.getString(key);
        } catch (MissingResourceException e) {
            return fallbackKey.equals(key) ? key : messages.getString(fallbackKey);
        }
    }
}
