package org.parkportal.cloud.machines.application;

import java.time.Instant;
import org.parkportal.cloud.machines.domain.Snapshot;

public record SnapshotView(long id, long volumeId, long sizeGb, Instant createdAt) {

    public static SnapshotView of(Snapshot s) {
        return new SnapshotView(s.id(), s.volumeId(), s.sizeGb(), s.createdAt());
    }
}
