package org.parkportal.cloud.metering.domain;

import java.math.BigDecimal;
import org.parkportal.billing.domain.UsageType;

/**
 * A resource's usage of one billable item over an interval, in the usage type's unit (hours or GB-hours, at most 6
 * decimals).
 *
 * @param part empty, or for the custom offering the vCPU ("vcpu3") these hours belong to: billing refuses hourly
 *             records that claim more hours than their interval holds, so a custom VM's hours × vCPUs are reported
 *             as one record per vCPU, each at most the interval; together they are the hours × vCPUs
 */
public record MeteredQuantity(UsageType usageType, String itemCode, String part, BigDecimal quantity) {

    public static final String RUNNING_ITEM = "vm.running.";
    public static final String ALLOCATED_ITEM = "vm.allocated.";
    public static final String VOLUME_ITEM = "volume.gb";
    public static final String SNAPSHOT_ITEM = "snapshot.gb";
    public static final String IP_ITEM = "ip.public";
}
