package org.parkportal.workflow.application;

import java.util.List;
import java.util.Set;
import org.parkportal.workflow.domain.TaskComment;
import org.parkportal.workflow.domain.TaskForm;
import org.parkportal.workflow.domain.TaskSummary;

/**
 * One task with everything the inbox shows: its form, the comments of its process, who it is offered to, and what
 * the caller may do with it.
 */
public record TaskDetails(TaskSummary summary, String description, TaskForm form, List<TaskComment> comments,
                          Set<String> candidateGroups, Set<String> candidateUsers, Set<TaskOperation> allowed,
                          String processInstanceId) {

    /** What a caller may do with a task. */
    public enum TaskOperation { CLAIM, UNCLAIM, REASSIGN, COMPLETE, COMMENT, SET_DATES }
}
