package org.parkportal.cloud.metering.application.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.parkportal.cloud.metering.application.MeteringEvents;
import org.parkportal.cloud.metering.domain.Change;
import org.parkportal.cloud.metering.domain.ChangeKind;
import org.parkportal.cloud.metering.domain.MeteredResource;
import org.parkportal.cloud.metering.domain.MeteringRefused;

/**
 * Appends each reported change to the log, in the caller's transaction. An existing resource's row is locked first,
 * so the hourly job cannot meter the hour of a change that has not committed yet (it waits), and a change that comes
 * after its hour was metered is refused (ALREADY_METERED) instead of being lost.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class DefaultMeteringEvents implements MeteringEvents {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public void vmCreated(String tenant, String vmId, String offering, int vcpus, Instant at) {
        create(tenant, vmId, Change.vm(ChangeKind.VM_CREATED, at, offering, vcpus));
    }

    @Override
    public void vmStarted(String vmId, Instant at) {
        append(vmId, Change.of(ChangeKind.VM_STARTED, at));
    }

    @Override
    public void vmStopped(String vmId, Instant at) {
        append(vmId, Change.of(ChangeKind.VM_STOPPED, at));
    }

    @Override
    public void vmOfferingChanged(String vmId, String offering, int vcpus, Instant at) {
        append(vmId, Change.vm(ChangeKind.VM_OFFERING_CHANGED, at, offering, vcpus));
    }

    @Override
    public void vmDestroyed(String vmId, Instant at) {
        append(vmId, Change.of(ChangeKind.VM_DESTROYED, at));
    }

    @Override
    public void volumeCreated(String tenant, String volumeId, long sizeGb, Instant at) {
        create(tenant, volumeId, Change.sized(ChangeKind.VOLUME_CREATED, at, sizeGb));
    }

    @Override
    public void volumeResized(String volumeId, long sizeGb, Instant at) {
        append(volumeId, Change.sized(ChangeKind.VOLUME_RESIZED, at, sizeGb));
    }

    @Override
    public void volumeDeleted(String volumeId, Instant at) {
        append(volumeId, Change.of(ChangeKind.VOLUME_DELETED, at));
    }

    @Override
    public void snapshotTaken(String tenant, String snapshotId, long sizeGb, Instant at) {
        create(tenant, snapshotId, Change.sized(ChangeKind.SNAPSHOT_TAKEN, at, sizeGb));
    }

    @Override
    public void snapshotDeleted(String snapshotId, Instant at) {
        append(snapshotId, Change.of(ChangeKind.SNAPSHOT_DELETED, at));
    }

    @Override
    public void ipAcquired(String tenant, String ipId, Instant at) {
        create(tenant, ipId, Change.of(ChangeKind.IP_ACQUIRED, at));
    }

    @Override
    public void ipReleased(String ipId, Instant at) {
        append(ipId, Change.of(ChangeKind.IP_RELEASED, at));
    }

    private void create(String tenant, String resourceId, Change change) {
        if (resourceId != null && em.find(MeteredResource.class, resourceId) != null) {
            throw new MeteringRefused(MeteringRefused.Reason.ALREADY_EXISTS, resourceId);
        }
        MeteredResource.Created created = MeteredResource.create(resourceId, tenant, change, Instant.now());
        // The resource row first (the change log refers to it; EclipseLink orders inserts by entity type otherwise).
        // Two creations racing with one id: the primary key lets one win, here rather than at commit.
        em.persist(created.resource());
        em.flush();
        em.persist(created.change());
    }

    private void append(String resourceId, Change change) {
        MeteredResource resource = resourceId == null ? null
                : em.find(MeteredResource.class, resourceId, LockModeType.PESSIMISTIC_WRITE);
        if (resource == null) {
            throw new MeteringRefused(MeteringRefused.Reason.UNKNOWN_RESOURCE, change.kind() + " of " + resourceId);
        }
        em.persist(resource.record(change, Instant.now()));
    }
}
