package org.parkportal.scheduling.application;

import java.io.Serializable;
import java.time.Instant;

/**
 * A job for the administrators' list.
 *
 * @param schedule    its timer's calendar expression ("second minute hour day-of-month month day-of-week"), null
 *                    when the job has no timer on this node (it then runs only when started by hand)
 * @param nextRun     when its timer fires next, null without a timer
 * @param lastRun     its newest run (running, finished or skipped), null before the first
 * @param lastFailure its newest FAILED run, null when none is kept
 */
public record JobOverview(String name, String schedule, Instant nextRun, RunRecord lastRun, RunRecord lastFailure,
                          boolean running) implements Serializable {
}
