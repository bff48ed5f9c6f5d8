package org.parkportal.cloud.metering.domain;

/** What the cloud meters, each with the CloudStack usage type(s) it produces. */
public enum ResourceKind {
    /** RUNNING_VM while running, ALLOCATED_VM from creation until destroyed. */
    VM,
    /** VOLUME GB-hours from creation until deleted, attached or not. */
    VOLUME,
    /** SNAPSHOT GB-hours from taken until deleted. */
    SNAPSHOT,
    /** IP_ADDRESS hours from acquired until released. */
    PUBLIC_IP
}
