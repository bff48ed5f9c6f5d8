package org.parkportal.workflow.application;

import jakarta.ejb.Local;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.parkportal.workflow.domain.ProcessDiagram;
import org.parkportal.workflow.domain.TaskFilter;
import org.parkportal.workflow.domain.TaskSummary;

/**
 * The caller's task inbox: the user tasks of every process that are assigned to the caller or offered to them or
 * one of their directory groups. Administrators (portal-admins) see and may act on every task. Every operation
 * checks the caller; a task outside their reach is reported as not found.
 */
@Local
public interface TaskInbox {

    /** A page of the caller's tasks under a filter, most urgent first (due date, then priority, then age). */
    List<TaskSummary> tasks(TaskFilter filter, ZoneId zone, int first, int max);

    long count(TaskFilter filter, ZoneId zone);

    TaskDetails task(String taskId);

    /** Takes an unassigned task offered to the caller. */
    void claim(String taskId);

    /** Gives the caller's task back to its candidates. */
    void unclaim(String taskId);

    /** Hands the task to someone else (its assignee or an administrator may); null or blank unassigns it. */
    void reassign(String taskId, String assignee);

    /**
     * Completes the caller's task with the values of its form (strings from an HTML form, or JSON values). The
     * caller must be the assignee; an unassigned task offered to the caller is claimed first.
     *
     * @throws TaskRefused INVALID_FORM with one problem per field when the values do not fit the form
     */
    void complete(String taskId, Map<String, ?> values);

    void comment(String taskId, String text);

    /** Sets (or clears, with null) the due and follow-up dates. */
    void schedule(String taskId, LocalDate due, LocalDate followUp, ZoneId zone);

    /** The diagram of the task's process, the steps where it now stands marked active. */
    ProcessDiagram diagram(String taskId);
}
