package org.parkportal.cloud.metering.application;

import jakarta.ejb.Local;

/**
 * Turns the change log into billing usage: for every resource, every closed hour (UTC) after its cursor up to the
 * last full hour before now becomes usage records ({@code UsageRecording}), one per item and hour, under a
 * deterministic source key {@code cloud:<resource>:<USAGE_TYPE>:<item>[:<vcpuN>]:<yyyy-MM-ddTHH>}. Each resource is
 * metered in a transaction of its own that writes its records and moves its cursor together: a crash keeps the
 * finished resources and loses the unfinished one whole; the next run starts where each cursor stands. Hours without
 * usage write nothing. For the hourly job (and tests); no caller check, as it is local only.
 */
@Local
public interface CloudMetering {

    MeteringRun meterClosedHours(MeteringObserver observer);
}
