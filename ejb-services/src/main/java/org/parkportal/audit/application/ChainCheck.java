package org.parkportal.audit.application;

import java.time.Instant;

/**
 * The result of checking the hash chain at {@code checkedAt}: intact over {@code entries} entries, or broken first at
 * {@code firstBrokenId} (that entry, or its predecessor, was changed or removed).
 */
public record ChainCheck(Instant checkedAt, long entries, Long firstBrokenId) {

    public boolean intact() {
        return firstBrokenId == null;
    }
}
