package org.parkportal.workflow.domain;

import java.time.OffsetDateTime;

/**
 * A task as a list shows it.
 *
 * @param processKey  the key of the task's process model, e.g. {@code approval}
 * @param step        the task's id in the model (its task definition key), e.g. {@code decide}
 * @param businessKey the business key of the task's process (for an approval: the request's id)
 * @param requestType for approvals, the requesting service's request type; otherwise null
 * @param subject     for approvals, the request's one-line subject; otherwise null
 */
public record TaskSummary(String id, String name, String processKey, String processName, String step, String businessKey, String requestType,
                          String subject, String assignee, OffsetDateTime created, OffsetDateTime due,
                          OffsetDateTime followUp, int priority) {
}
