package org.parkportal.scheduling.domain;

/** What started a run: the job's own timer, or an administrator's "run now". */
public enum JobTrigger {
    SCHEDULED, MANUAL
}
