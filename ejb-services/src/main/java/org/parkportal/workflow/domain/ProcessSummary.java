package org.parkportal.workflow.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A running process instance as administrators see it.
 *
 * @param steps     the ids of the steps where it now waits
 * @param incidents what went wrong (failed jobs and the like) and is waiting for an administrator
 * @param stepNames the model's names of those steps and of the incidents' steps, by id
 */
public record ProcessSummary(String id, String processKey, String processName, String businessKey,
                             OffsetDateTime started, String startedBy, List<String> steps, List<Incident> incidents,
                             Map<String, String> stepNames) {

    public ProcessSummary {
        steps = List.copyOf(steps);
        incidents = List.copyOf(incidents);
        stepNames = Map.copyOf(stepNames);
    }

    /** The model's name of a step, or its id when the model gives none. */
    public String stepName(String stepId) {
        return stepNames.getOrDefault(stepId, stepId);
    }

    /** A failure the engine gave up on (a job out of retries), with the step and the engine's message. */
    public record Incident(String id, String type, String step, String message, OffsetDateTime time, String jobId) {
    }
}
