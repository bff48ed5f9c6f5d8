package org.parkportal.cloud.machines.application.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.parkportal.cloud.application.internal.CloudCaller;
import org.parkportal.cloud.application.internal.CloudClock;
import org.parkportal.cloud.catalogue.application.Catalogue;
import org.parkportal.cloud.catalogue.application.CatalogueItems.ComputeChoice;
import org.parkportal.cloud.catalogue.application.CatalogueItems.DiskChoice;
import org.parkportal.cloud.catalogue.domain.CatalogueRefused;
import org.parkportal.cloud.driver.domain.CloudDriver;
import org.parkportal.cloud.driver.domain.DriverResult;
import org.parkportal.cloud.machines.application.CloudMachines;
import org.parkportal.cloud.machines.application.SnapshotView;
import org.parkportal.cloud.machines.application.VmView;
import org.parkportal.cloud.machines.application.VolumeView;
import org.parkportal.cloud.machines.domain.PublicAddress;
import org.parkportal.cloud.machines.domain.Snapshot;
import org.parkportal.cloud.machines.domain.VirtualMachine;
import org.parkportal.cloud.machines.domain.VmState;
import org.parkportal.cloud.machines.domain.Volume;
import org.parkportal.cloud.metering.application.MeteringEvents;
import org.parkportal.cloud.ordering.domain.OrderRefused;
import org.parkportal.cloud.placement.application.Placement;
import org.parkportal.cloud.placement.domain.PlacementRefused;

/**
 * The lifecycle: each operation locks the VM (or volume) row, checks who asks and the state, asks the hypervisor,
 * changes the row and reports to metering, in one transaction. A hypervisor that refuses leaves everything as it
 * was (the operation is refused with DRIVER_FAILED); a refused resize is refused with placement's reason.
 */
@Stateless
public class DefaultCloudMachines implements CloudMachines {


    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @EJB
    private CloudClock clock;

    @EJB
    private CloudCaller caller;

    @EJB
    private CloudDriver driver;

    @EJB
    private MeteringEvents metering;

    @EJB
    private Placement placement;

    @EJB
    private Catalogue catalogue;

    @Override
    public List<VmView> machines() {
        String tenant = caller.tenant().orElse(null);
        if (tenant == null && !caller.operator()) {
            return List.of();
        }
        // Operators see every tenant's VMs, whatever tenant they belong to themselves.
        var query = tenant == null || caller.operator()
                ? em.createQuery("select v from VirtualMachine v where v.expunged = false order by v.name",
                        VirtualMachine.class)
                : caller.manages(tenant)
                ? em.createQuery("select v from VirtualMachine v where v.tenant = :tenant and v.expunged = false "
                        + "order by v.name", VirtualMachine.class).setParameter("tenant", tenant)
                : em.createQuery("select v from VirtualMachine v where v.tenant = :tenant and v.owner = :me "
                        + "and v.expunged = false order by v.name", VirtualMachine.class)
                .setParameter("tenant", tenant).setParameter("me", caller.name());
        return query.setMaxResults(1000).getResultList().stream().map(VmView::of).toList();
    }

    @Override
    public VmView machine(long id) {
        return VmView.of(mine(id, LockModeType.NONE));
    }

    @Override
    public VmView start(long id) {
        VirtualMachine vm = mine(id, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.now();
        vm.start(now);
        require(driver.startVm(vm.ref()));
        metering.vmStarted(vm.ref(), now);
        return VmView.of(vm);
    }

    @Override
    public VmView stop(long id) {
        VirtualMachine vm = mine(id, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.now();
        vm.stop(now);
        require(driver.stopVm(vm.ref(), false));
        metering.vmStopped(vm.ref(), now);
        return VmView.of(vm);
    }

    @Override
    public VmView reboot(long id) {
        VirtualMachine vm = mine(id, LockModeType.PESSIMISTIC_WRITE);
        vm.requireRunning();
        require(driver.rebootVm(vm.ref()));
        return VmView.of(vm);
    }

    @Override
    public VmView changeOffering(long id, long offeringId, Integer vcpus, Long ramMib) {
        VirtualMachine vm = mine(id, LockModeType.PESSIMISTIC_WRITE);
        ComputeChoice offering = computeOffering(offeringId);
        int newVcpus = offering.custom() ? within(vcpus, offering.minVcpus(), offering.maxVcpus())
                : offering.minVcpus();
        long newRam = offering.custom() ? within(ramMib, offering.minRamMib(), offering.maxRamMib())
                : offering.minRamMib();
        Instant now = clock.now();
        vm.changeOffering(offering.id(), offering.code(), newVcpus, newRam);
        try {
            placement.resize(vm.reservationId(), newVcpus, offering.mhzPerVcpu(), newRam);
        } catch (PlacementRefused refused) {
            throw new OrderRefused(OrderRefused.Reason.NO_CAPACITY, refused.refusal());
        }
        require(driver.resizeVm(vm.ref(), newVcpus, offering.mhzPerVcpu(), newRam));
        metering.vmOfferingChanged(vm.ref(), offering.code(), newVcpus, now);
        return VmView.of(vm);
    }

    @Override
    public VmView destroy(long id) {
        VirtualMachine vm = mine(id, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.now();
        vm.destroy(now, Duration.ofHours(Long.getLong("cloud.expunge.hours", 24)));
        require(driver.destroyVm(vm.ref()));
        metering.vmDestroyed(vm.ref(), now);
        placement.release(vm.reservationId());
        for (PublicAddress ip : em.createQuery("select a from PublicAddress a where a.vmId = :vm "
                + "and a.releasedAt is null", PublicAddress.class).setParameter("vm", vm.id()).getResultList()) {
            ip.release(now);
            metering.ipReleased(ip.ref(), now);
        }
        // Data disks outlive their VM (as in CloudStack): detached now, deleted only by their owner.
        for (Volume data : volumesOf(vm)) {
            if (data.kind() == Volume.Kind.DATA) {
                data.detach(now);
            }
        }
        return VmView.of(vm);
    }

    @Override
    public List<VolumeView> detachedDisks() {
        String tenant = caller.tenant().orElse(null);
        if (tenant == null && !caller.operator()) {
            return List.of();
        }
        String detached = "d.kind = org.parkportal.cloud.machines.domain.Volume.Kind.DATA and d.vmId is null "
                + "and d.deletedAt is null";
        // Who sees which, as for machines(): a detached disk's owner is the owner of the VM it was made for.
        var query = tenant == null || caller.operator()
                ? em.createQuery("select d from Volume d where " + detached + " order by d.name", Volume.class)
                : caller.manages(tenant)
                ? em.createQuery("select d from Volume d where d.tenant = :tenant and " + detached
                        + " order by d.name", Volume.class).setParameter("tenant", tenant)
                : em.createQuery("select d from Volume d, VirtualMachine v where v.id = d.madeFor "
                        + "and d.tenant = :tenant and v.owner = :me and " + detached + " order by d.name", Volume.class)
                .setParameter("tenant", tenant).setParameter("me", caller.name());
        return query.setMaxResults(1000).getResultList().stream().map(VolumeView::of).toList();
    }

    @Override
    public List<VolumeView> volumes(long vmId) {
        return volumesOf(mine(vmId, LockModeType.NONE)).stream().map(VolumeView::of).toList();
    }

    @Override
    public VolumeView addDisk(long vmId, long diskOfferingId, Long sizeGb) {
        VirtualMachine vm = mine(vmId, LockModeType.PESSIMISTIC_WRITE);
        vm.requireAlive();
        DiskChoice offering;
        try {
            offering = catalogue.diskOffering(diskOfferingId);
        } catch (CatalogueRefused e) {
            throw new OrderRefused(OrderRefused.Reason.NOT_ORDERABLE);
        }
        long size = offering.custom() ? within(sizeGb, offering.minGb(), offering.maxGb()) : offering.minGb();
        Instant now = clock.now();
        long n = em.createQuery("select count(d) from Volume d where d.vmId = :vm", Long.class)
                .setParameter("vm", vm.id()).getSingleResult();
        Volume disk = new Volume(vm.tenant(), vm.name() + "-data-" + n, Volume.Kind.DATA, size, vm.zoneId(),
                vm.poolId(), vm.id(), now);
        em.persist(disk);
        em.flush();
        require(driver.attachVolume(vm.ref(), disk.ref(), size));
        metering.volumeCreated(vm.tenant(), disk.ref(), size, now);
        return VolumeView.of(disk);
    }

    @Override
    public VolumeView attach(long volumeId, long vmId) {
        Volume disk = myVolume(volumeId);
        VirtualMachine vm = mine(vmId, LockModeType.PESSIMISTIC_WRITE);
        disk.attachTo(vm);
        require(driver.attachVolume(vm.ref(), disk.ref(), disk.sizeGb()));
        return VolumeView.of(disk);
    }

    @Override
    public VolumeView detach(long volumeId) {
        Volume disk = myVolume(volumeId);
        Long vmId = disk.vmId();
        disk.detach(clock.now());
        VirtualMachine vm = em.find(VirtualMachine.class, vmId);
        if (vm != null && vm.state() != VmState.DESTROYED) {
            require(driver.detachVolume(vm.ref(), disk.ref()));
        }
        return VolumeView.of(disk);
    }

    @Override
    public void deleteDisk(long volumeId) {
        Volume disk = myVolume(volumeId);
        if (disk.kind() != Volume.Kind.DATA || disk.vmId() != null) {
            throw new OrderRefused(OrderRefused.Reason.WRONG_STATE, disk.vmId() != null ? "ATTACHED" : "ROOT");
        }
        Instant now = clock.now();
        disk.delete(now);
        metering.volumeDeleted(disk.ref(), now);
    }

    @Override
    public SnapshotView snapshot(long volumeId) {
        Volume disk = myVolume(volumeId);
        Instant now = clock.now();
        Snapshot snapshot = new Snapshot(disk, now);
        require(driver.snapshot(disk.ref()));
        em.persist(snapshot);
        em.flush();
        metering.snapshotTaken(disk.tenant(), snapshot.ref(), snapshot.sizeGb(), now);
        return SnapshotView.of(snapshot);
    }

    @Override
    public List<SnapshotView> snapshots(long vmId) {
        VirtualMachine vm = mine(vmId, LockModeType.NONE);
        return em.createQuery("select s from Snapshot s, Volume d where s.volumeId = d.id and d.vmId = :vm "
                        + "and s.deletedAt is null order by s.createdAt desc", Snapshot.class)
                .setParameter("vm", vm.id()).getResultList().stream().map(SnapshotView::of).toList();
    }

    @Override
    public void deleteSnapshot(long snapshotId) {
        Snapshot snapshot = em.find(Snapshot.class, snapshotId, LockModeType.PESSIMISTIC_WRITE);
        if (snapshot == null) {
            throw new OrderRefused(OrderRefused.Reason.NOT_FOUND);
        }
        myVolume(snapshot.volumeId());
        Instant now = clock.now();
        snapshot.delete(now);
        metering.snapshotDeleted(snapshot.ref(), now);
    }

    private List<Volume> volumesOf(VirtualMachine vm) {
        return em.createQuery("select d from Volume d where d.vmId = :vm and d.deletedAt is null "
                + "order by d.kind desc, d.id", Volume.class).setParameter("vm", vm.id()).getResultList();
    }

    /** The VM if the caller may act on it; NOT_FOUND otherwise, exactly as for a VM that does not exist. */
    private VirtualMachine mine(long id, LockModeType lock) {
        VirtualMachine vm = em.find(VirtualMachine.class, id, lock);
        if (vm == null || vm.expunged() || !mayAct(vm.tenant(), vm.owner())) {
            throw new OrderRefused(OrderRefused.Reason.NOT_FOUND);
        }
        return vm;
    }

    private Volume myVolume(long id) {
        Volume disk = em.find(Volume.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (disk == null || disk.deletedAt() != null || !mayAct(disk.tenant(), ownerOf(disk))) {
            throw new OrderRefused(OrderRefused.Reason.NOT_FOUND);
        }
        return disk;
    }

    /** A detached disk belongs to the VM it was made for; its owner stays the owner. */
    private String ownerOf(Volume disk) {
        Long vmId = disk.vmId() != null ? disk.vmId() : disk.madeFor();
        VirtualMachine vm = vmId == null ? null : em.find(VirtualMachine.class, vmId);
        return vm == null ? null : vm.owner();
    }

    private boolean mayAct(String tenant, String owner) {
        if (caller.operator()) {
            return true;
        }
        String mine = caller.tenant().orElse(null);
        return tenant.equals(mine) && (caller.name().equals(owner) || caller.manages(tenant));
    }

    private ComputeChoice computeOffering(long id) {
        try {
            return catalogue.computeOffering(id);
        } catch (CatalogueRefused e) {
            throw new OrderRefused(OrderRefused.Reason.NOT_ORDERABLE);
        }
    }

    private static <T> T require(DriverResult<T> result) {
        if (result instanceof DriverResult.Failed<T> failed) {
            throw new OrderRefused(OrderRefused.Reason.DRIVER_FAILED, failed.failure().name());
        }
        return ((DriverResult.Done<T>) result).value();
    }

    private static int within(Integer value, int min, int max) {
        return (int) within(value == null ? null : value.longValue(), (long) min, max);
    }

    private static long within(Long value, long min, long max) {
        if (value == null || value < min || value > max) {
            throw new OrderRefused(OrderRefused.Reason.INVALID_INPUT, "size", min, max);
        }
        return value;
    }
}
