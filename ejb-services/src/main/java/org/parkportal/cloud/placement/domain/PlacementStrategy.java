package org.parkportal.cloud.placement.domain;

/**
 * How the planner ranks clusters and hosts that all fit. Chosen per offering, else per zone, else SPREAD.
 */
public enum PlacementStrategy {
    /** Most loaded first: packs hosts so that idle ones can be powered down. */
    FILL_FIRST,
    /** Least loaded first. */
    SPREAD,
    /** Fewest VMs of the requesting tenant first (then least loaded): one host failing takes fewer of theirs. */
    SPREAD_MY_VMS
}
