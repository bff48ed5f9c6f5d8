package org.parkportal.workflow.application;

import org.parkportal.workflow.domain.ApprovalStatus;

/**
 * Fired (a CDI event, synchronously, inside the deciding transaction) when an approval ends. A requesting service
 * observes it for its request type and changes its own request in the same transaction: if it fails, the
 * decision is rolled back too and the task stays open.
 */
public record ApprovalDecided(String requestType, String requestId, ApprovalStatus status, String decidedBy,
                              String comment) {
}
