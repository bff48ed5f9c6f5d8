package org.parkportal.cloud.metering.application;

/**
 * What one metering run did.
 *
 * @param resources resources whose cursor moved
 * @param hours     resource-hours metered
 * @param records   usage records billing created (a record already there from an earlier, interrupted run is not
 *                  counted)
 * @param failed    resources billing refused (e.g. an offering without a billable item); they stay at their cursor
 *                  and are tried again by the next run
 */
public record MeteringRun(int resources, int hours, int records, int failed) {
}
