package org.parkportal.portlets.tasks;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import org.parkportal.workflow.application.WorkflowTexts;
import org.parkportal.workflow.domain.TaskSummary;

/** A task as the list and the task panel show it: names in the reader's language, dates ready for fmt tags. */
public record TaskRow(String id, String name, String process, String subject, String businessKey, String assignee,
                      Date created, Date due, String dueDay, Date followUp, String followUpDay, boolean overdue,
                      String url, boolean selected) {

    static TaskRow of(TaskSummary t, WorkflowTexts texts, String url, boolean selected) {
        String process = t.processKey() == null ? t.processName() : texts.process(t.processKey(), t.processName());
        if (t.requestType() != null) {
            // "Approval · Cloud server order": the approver sees what is asked before opening the task.
            process = process + " · " + texts.request(t.requestType());
        }
        String name = t.processKey() == null ? t.name() : texts.step(t.processKey(), t.step(), t.name());
        return new TaskRow(t.id(), name, process, t.subject(), t.businessKey(), t.assignee(), date(t.created()),
                date(t.due()), day(t.due()), date(t.followUp()), day(t.followUp()),
                t.due() != null && t.due().isBefore(OffsetDateTime.now()), url, selected);
    }

    private static Date date(OffsetDateTime time) {
        return time == null ? null : Date.from(time.toInstant());
    }

    /** The day as a date input wants it (yyyy-MM-dd), in the server's zone like the dates the inbox sets. */
    private static String day(OffsetDateTime time) {
        return time == null ? "" : time.atZoneSameInstant(ZoneId.systemDefault()).format(DateTimeFormatter.ISO_LOCAL_DATE);
    }
}
