package org.parkportal.cloud.machines.application;

import java.time.Instant;
import org.parkportal.cloud.machines.domain.Volume;

/** A disk as its tenant sees it; {@code detachedAt} is set while a data disk is attached to no VM. */
public record VolumeView(long id, String name, String tenant, Volume.Kind kind, long sizeGb, Long vmId, long zoneId,
                         Instant createdAt, Instant detachedAt) {

    public static VolumeView of(Volume v) {
        return new VolumeView(v.id(), v.name(), v.tenant(), v.kind(), v.sizeGb(), v.vmId(), v.zoneId(), v.createdAt(),
                v.detachedAt());
    }
}
