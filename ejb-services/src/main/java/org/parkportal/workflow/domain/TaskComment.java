package org.parkportal.workflow.domain;

import java.time.OffsetDateTime;

/** A note someone left on a task (kept with the process instance, so later tasks of it show it too). */
public record TaskComment(String author, OffsetDateTime time, String text) {
}
