package org.parkportal.cloud.ordering.application.internal;

import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.parkportal.cloud.application.internal.CloudClock;
import org.parkportal.cloud.catalogue.domain.ComputeOffering;
import org.parkportal.cloud.catalogue.domain.DiskOffering;
import org.parkportal.cloud.catalogue.domain.Template;
import org.parkportal.cloud.driver.domain.CloudDriver;
import org.parkportal.cloud.driver.domain.DriverResult;
import org.parkportal.cloud.driver.domain.VmSpec;
import org.parkportal.cloud.inventory.domain.Host;
import org.parkportal.cloud.inventory.domain.IpRange;
import org.parkportal.cloud.inventory.domain.Network;
import org.parkportal.cloud.machines.domain.PublicAddress;
import org.parkportal.cloud.machines.domain.VirtualMachine;
import org.parkportal.cloud.machines.domain.Volume;
import org.parkportal.cloud.metering.application.MeteringEvents;
import org.parkportal.cloud.ordering.application.OrderStatusChanged;
import org.parkportal.cloud.ordering.domain.OrderStatus;
import org.parkportal.cloud.ordering.domain.ServerOrder;
import org.parkportal.cloud.ordering.domain.ServerSpec;
import org.parkportal.cloud.placement.application.Placement;
import org.parkportal.cloud.placement.domain.PlacementRefused;
import org.parkportal.cloud.placement.domain.PlacementRequest;
import org.parkportal.cloud.placement.domain.Reservation;
import org.parkportal.cloud.placement.domain.RetryingPlacement;

/**
 * Turns an approved order into a running VM, in two transactions: the order is marked PROVISIONING (so its
 * requester sees it), then placement, the hypervisor call, the VM with its disks and address, metering and the
 * order's RUNNING commit together; when nothing fits the order FAILS with placement's reason. Started after the
 * approving transaction commits; {@link ProvisioningSweep} picks up what a crash or an unreachable hypervisor left.
 */
@Stateless
public class OrderProvisioning {

    private static final Logger LOG = Logger.getLogger(OrderProvisioning.class.getName());
    /** How many hosts are tried when the hypervisor fails on one. */
    private static final int MAX_HOSTS = Integer.getInteger("cloud.provisioning.max-hosts", 3);
    private static final int ATTEMPTS = 5;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @EJB
    private CloudClock clock;

    @Resource
    private SessionContext context;

    @EJB
    private Placement placement;

    @EJB
    private CloudDriver driver;

    @EJB
    private MeteringEvents metering;

    @Inject
    private Event<OrderStatusChanged> changed;

    public void afterApproval(@Observes(during = TransactionPhase.AFTER_SUCCESS) OrderApproved approved) {
        context.getBusinessObject(OrderProvisioning.class).provisionLater(approved.orderId());
    }

    @Asynchronous
    public void provisionLater(String orderId) {
        provision(orderId);
    }

    /**
     * Provisions the order if it is APPROVED; anything else is left alone (another node, or done already). Orders
     * placed together in one zone wait for each other's zone lock; an attempt that gives up (a lock timeout) is
     * rolled back whole and tried again a few times, then left APPROVED for the sweep.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void provision(String orderId) {
        OrderProvisioning self = context.getBusinessObject(OrderProvisioning.class);
        if (!self.claim(orderId)) {
            return;
        }
        for (int attempt = 1; ; attempt++) {
            try {
                self.build(orderId);
                return;
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS) {
                    LOG.log(Level.WARNING, "Order " + orderId + " not provisioned after " + attempt
                            + " attempts; the provisioning job tries again", e);
                    self.giveBack(orderId);
                    return;
                }
                int tried = attempt;
                LOG.log(Level.FINE, e, () -> "Order " + orderId + ", attempt " + tried + " rolled back");
                pause(tried);
            }
        }
    }

    /** After failed attempts: back to APPROVED, for the provisioning job. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void giveBack(String orderId) {
        ServerOrder order = em.find(ServerOrder.class, orderId, LockModeType.PESSIMISTIC_WRITE);
        if (order != null && order.status() == OrderStatus.PROVISIONING) {
            order.retryLater(clock.now());
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(100L * attempt + ThreadLocalRandom.current().nextInt(100));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claim(String orderId) {
        ServerOrder order = em.find(ServerOrder.class, orderId, LockModeType.PESSIMISTIC_WRITE);
        if (order == null || order.status() != OrderStatus.APPROVED) {
            return false;
        }
        order.provisioning(clock.now());
        return true;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void build(String orderId) {
        ServerOrder order = em.find(ServerOrder.class, orderId, LockModeType.PESSIMISTIC_WRITE);
        if (order == null || order.status() != OrderStatus.PROVISIONING) {
            return;
        }
        Instant now = clock.now();
        ServerSpec spec = order.spec();
        ComputeOffering offering = em.find(ComputeOffering.class, spec.offeringId());
        Template template = em.find(Template.class, spec.templateId());
        if (offering == null || template == null) {
            order.fail(OrderFailures.NOT_ORDERABLE, null, now);
            changed.fire(OrderEvents.changed(order));
            return;
        }
        VirtualMachine vm = new VirtualMachine(order.tenant(), order.requestedBy(), order.name(), order.id(),
                spec.zoneId(), spec.templateId(), spec.offeringId(), offering.code(), spec.vcpus(), spec.ramMib(), now);
        em.persist(vm);
        em.flush();
        PlacementRequest request = new PlacementRequest(order.tenant(), spec.zoneId(), spec.vcpus(),
                offering.mhzPerVcpu(), spec.ramMib(), spec.rootDiskGb() + spec.dataDiskGb(), offering.hostTags(),
                storageTags(offering, spec), offering.strategy(), null);
        RetryingPlacement.Outcome outcome;
        try {
            outcome = new RetryingPlacement(reservations(), driver, MAX_HOSTS).place(request, vm.ref(),
                    reservation -> new VmSpec(vm.ref(), vm.name(), em.find(Host.class, reservation.hostId()).name(),
                            spec.vcpus(), offering.mhzPerVcpu(), spec.ramMib(), template.name(), spec.rootDiskGb()));
        } catch (PlacementRefused refused) {
            em.remove(vm);
            order.fail(OrderFailures.placement(refused.refusal().kind()), arguments(refused.refusal().arguments()), now);
            changed.fire(OrderEvents.changed(order));
            LOG.info(() -> "Order " + orderId + " cannot be placed: " + refused.refusal());
            return;
        }
        if (!outcome.created()) {
            em.remove(vm);
            DriverResult.Failed<?> failed = (DriverResult.Failed<?>) outcome.result();
            LOG.warning(() -> "Order " + orderId + ": the hypervisor failed: " + failed.failure() + " " + failed.detail());
            order.fail(OrderFailures.driver(failed.failure()), null, now);
            changed.fire(OrderEvents.changed(order));
            return;
        }
        Reservation reservation = outcome.reservation();
        String address = freeAddress(spec.zoneId());
        if (address == null) {
            // Nothing of this attempt is kept: the driver's VM goes, the reservation rolls back with the VM row.
            driver.destroyVm(vm.ref());
            placement.release(reservation.id());
            em.remove(vm);
            order.fail(OrderFailures.NO_PUBLIC_ADDRESS, zoneName(spec.zoneId()), now);
            changed.fire(OrderEvents.changed(order));
            return;
        }
        vm.placedOn(reservation.hostId(), reservation.poolId(), reservation.id(), address);
        PublicAddress ip = new PublicAddress(spec.zoneId(), address, vm, now);
        em.persist(ip);
        Volume root = new Volume(order.tenant(), vm.name() + "-root", Volume.Kind.ROOT, spec.rootDiskGb(),
                spec.zoneId(), reservation.poolId(), vm.id(), now);
        em.persist(root);
        Volume data = null;
        if (spec.dataDiskGb() > 0) {
            data = new Volume(order.tenant(), vm.name() + "-data", Volume.Kind.DATA, spec.dataDiskGb(), spec.zoneId(),
                    reservation.poolId(), vm.id(), now);
            em.persist(data);
        }
        em.flush();
        if (data != null) {
            driver.attachVolume(vm.ref(), data.ref(), data.sizeGb());
        }
        metering.vmCreated(order.tenant(), vm.ref(), offering.code(), spec.vcpus(), now);
        metering.vmStarted(vm.ref(), now);
        metering.volumeCreated(order.tenant(), root.ref(), root.sizeGb(), now);
        if (data != null) {
            metering.volumeCreated(order.tenant(), data.ref(), data.sizeGb(), now);
        }
        metering.ipAcquired(order.tenant(), ip.ref(), now);
        order.running(vm.id(), now);
        changed.fire(OrderEvents.changed(order));
        LOG.info(() -> "Order " + orderId + " is running as " + vm.ref() + " on host " + reservation.hostId());
    }

    /** The disk offering's storage tags join the compute offering's: one pool must carry root and data disk. */
    private java.util.Set<String> storageTags(ComputeOffering offering, ServerSpec spec) {
        java.util.Set<String> tags = new HashSet<>(offering.storageTags());
        if (spec.diskOfferingId() != null) {
            DiskOffering disk = em.find(DiskOffering.class, spec.diskOfferingId());
            if (disk != null) {
                tags.addAll(disk.storageTags());
            }
        }
        return tags;
    }

    private RetryingPlacement.Reservations reservations() {
        return new RetryingPlacement.Reservations() {
            @Override
            public Reservation reserve(PlacementRequest request, String reference) {
                return placement.reserve(request, reference);
            }

            @Override
            public void release(Reservation reservation) {
                placement.release(reservation.id());
            }
        };
    }

    /** The zone's row lock, taken by placement in this transaction, keeps two VMs from taking the same address. */
    private String freeAddress(long zoneId) {
        List<IpRange> ranges = em.createQuery("select n from Network n where n.zone.id = :zone order by n.id",
                        Network.class).setParameter("zone", zoneId).getResultList().stream()
                .flatMap(n -> n.publicRanges().stream()).map(r -> r.range()).toList();
        List<String> held = em.createQuery("select a.address from PublicAddress a where a.zoneId = :zone "
                + "and a.releasedAt is null", String.class).setParameter("zone", zoneId).getResultList();
        return PublicAddress.firstFree(ranges, new HashSet<>(held)).orElse(null);
    }

    private String zoneName(long zoneId) {
        var zone = em.find(org.parkportal.cloud.inventory.domain.Zone.class, zoneId);
        return zone == null ? String.valueOf(zoneId) : zone.name();
    }

    /** Placement's arguments as text for the order's row; resources by name, so they are translated when shown. */
    static String arguments(Object[] arguments) {
        return Arrays.stream(arguments).map(a -> a instanceof org.parkportal.cloud.placement.domain.Resource r ? OrderFailures.RESOURCE_PREFIX + r.name()
                : String.valueOf(a)).collect(Collectors.joining(OrderFailures.SEPARATOR));
    }
}
