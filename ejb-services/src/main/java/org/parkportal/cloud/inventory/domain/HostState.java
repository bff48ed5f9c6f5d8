package org.parkportal.cloud.inventory.domain;

/** Only ENABLED hosts take new VMs; MAINTENANCE and DISABLED hosts keep the VMs (and allocations) they have. */
public enum HostState {
    ENABLED, MAINTENANCE, DISABLED
}
