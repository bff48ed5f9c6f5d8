package org.parkportal.workflow.domain;

/** Where an approval stands. PENDING until the approval process ends at one of its outcomes. */
public enum ApprovalStatus {
    PENDING, APPROVED, REJECTED, WITHDRAWN, CANCELLED;

    /** The status for an outcome of the approval model (its end events set the variable outcome). */
    public static ApprovalStatus ofOutcome(String outcome) {
        return switch (outcome == null ? "" : outcome) {
            case "approved" -> APPROVED;
            case "rejected" -> REJECTED;
            case "withdrawn" -> WITHDRAWN;
            default -> CANCELLED;
        };
    }

    public boolean isFinal() {
        return this != PENDING;
    }
}
