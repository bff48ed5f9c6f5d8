package org.parkportal.billing.domain;

/**
 * The kinds of usage the services record, after Apache CloudStack's usage types (running and allocated VM hours,
 * IP address hours, volume and snapshot GB-hours), plus uses of a park service and subscriptions.
 */
public enum UsageType {
    /** Hours a VM ran (CloudStack RUNNING_VM). */
    RUNNING_VM(Unit.HOURS),
    /** Hours a VM existed, running or not (CloudStack ALLOCATED_VM). */
    ALLOCATED_VM(Unit.HOURS),
    /** Hours a public IP address was held (CloudStack IP_ADDRESS). */
    IP_ADDRESS(Unit.HOURS),
    /** Gigabyte-hours of volume storage (CloudStack VOLUME: size in GB times hours). */
    VOLUME(Unit.GB_HOURS),
    /** Gigabyte-hours of snapshot storage (CloudStack SNAPSHOT). */
    SNAPSHOT(Unit.GB_HOURS),
    /** Uses of a service: a room booking, a printed page, a help-desk ticket. */
    SERVICE_USE(Unit.UNITS),
    /** Subscriptions (seats) held for part or all of a month. */
    SUBSCRIPTION(Unit.UNITS);

    private final Unit unit;

    UsageType(Unit unit) {
        this.unit = unit;
    }

    public Unit unit() {
        return unit;
    }
}
