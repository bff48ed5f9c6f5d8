package org.parkportal.cloud.metering.application;

import jakarta.ejb.Local;
import java.time.Instant;

/**
 * What the VM lifecycle reports after each state change, so the change becomes billed usage exactly once. Every
 * method must be called inside the lifecycle's own transaction (MANDATORY): the state change and its metered entry
 * commit together or not at all. {@code at} is when the change took effect (normally now); a resource's changes must
 * come in time order.
 *
 * <p>An impossible sequence (a change of an unknown or ended resource, starting a running VM, time going backwards,
 * a change inside an hour already metered) is a bug of the caller and refused with
 * {@link org.parkportal.cloud.metering.domain.MeteringRefused}, which rolls the caller's transaction back.
 * Resource ids are the lifecycle's own (letters, digits, '-' and '_', at most 64), unique across VMs, volumes,
 * snapshots and IPs. Attaching or detaching a volume needs no report: a volume is billed from creation to deletion.
 */
@Local
public interface MeteringEvents {

    /** A VM now exists (allocated, not running yet; report {@link #vmStarted} when it boots). */
    void vmCreated(String tenant, String vmId, String offering, int vcpus, Instant at);

    void vmStarted(String vmId, Instant at);

    void vmStopped(String vmId, Instant at);

    /** A new compute offering (and vCPU count, which prices the {@code custom} offering), running or not. */
    void vmOfferingChanged(String vmId, String offering, int vcpus, Instant at);

    void vmDestroyed(String vmId, Instant at);

    void volumeCreated(String tenant, String volumeId, long sizeGb, Instant at);

    void volumeResized(String volumeId, long sizeGb, Instant at);

    void volumeDeleted(String volumeId, Instant at);

    void snapshotTaken(String tenant, String snapshotId, long sizeGb, Instant at);

    void snapshotDeleted(String snapshotId, Instant at);

    void ipAcquired(String tenant, String ipId, Instant at);

    void ipReleased(String ipId, Instant at);
}
