package org.parkportal.cloud.placement.domain;

/** The planner's answer: a host (and the primary storage pool for the disks), or why there is none. */
public sealed interface PlacementDecision {

    record Placed(long hostId, long poolId, long clusterId) implements PlacementDecision {
    }

    record Refused(PlacementRefusal refusal) implements PlacementDecision {
    }
}
