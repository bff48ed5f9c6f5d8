package org.parkportal.cloud.metering.domain;

import java.time.Instant;

/**
 * One reported state change, as the calculator reads it. {@code offering} and {@code vcpus} belong to VM_CREATED and
 * VM_OFFERING_CHANGED, {@code sizeGb} to the creation and resizing of volumes and snapshots; otherwise null.
 */
public record Change(ChangeKind kind, Instant at, String offering, Integer vcpus, Long sizeGb) {

    public static Change of(ChangeKind kind, Instant at) {
        return new Change(kind, at, null, null, null);
    }

    public static Change vm(ChangeKind kind, Instant at, String offering, int vcpus) {
        return new Change(kind, at, offering, vcpus, null);
    }

    public static Change sized(ChangeKind kind, Instant at, long sizeGb) {
        return new Change(kind, at, null, null, sizeGb);
    }
}
