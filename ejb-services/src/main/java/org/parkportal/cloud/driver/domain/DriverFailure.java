package org.parkportal.cloud.driver.domain;

/** Why a driver call failed; the caller's reaction depends only on this. */
public enum DriverFailure {
    /** The host could not do it (hypervisor down, out of a resource we do not track): try another host. */
    HOST_FAILED,
    /** No such VM, volume or snapshot on the hypervisor side. */
    NOT_FOUND,
    /** Not in this state (e.g. start a running VM, resize a running VM where the hypervisor cannot). */
    INVALID_STATE,
    /** The hypervisor manager cannot be reached or timed out: try the same call again later. */
    UNAVAILABLE
}
