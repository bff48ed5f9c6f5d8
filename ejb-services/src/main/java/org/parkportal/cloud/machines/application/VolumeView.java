package org.parkportal.cloud.machines.application;

import java.time.Instant;
import org.parkportal.cloud.machines.domain.Volume;

public record VolumeView(long id, String name, Volume.Kind kind, long sizeGb, Long vmId, Instant createdAt) {

    public static VolumeView of(Volume v) {
        return new VolumeView(v.id(), v.name(), v.kind(), v.sizeGb(), v.vmId(), v.createdAt());
    }
}
