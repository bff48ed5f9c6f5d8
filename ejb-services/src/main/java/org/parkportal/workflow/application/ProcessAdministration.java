package org.parkportal.workflow.application;

import jakarta.ejb.Local;
import java.util.List;
import org.parkportal.workflow.domain.ProcessSummary;

/**
 * What administrators need of the engine beyond the task inbox (the part of Camunda Cockpit the portal offers):
 * the running process instances with where they wait, their incidents, retrying a failed job and cancelling an
 * instance. For portal-admins only; others get NOT_ALLOWED.
 */
@Local
public interface ProcessAdministration {

    List<ProcessSummary> running(boolean onlyWithIncidents, int first, int max);

    long countRunning(boolean onlyWithIncidents);

    /** Gives the failed job of an incident one more try; the job executor picks it up. */
    void retry(String incidentId);

    /** Ends an instance; an approval is recorded as CANCELLED and its service told so. */
    void cancel(String processInstanceId, String reason);
}
