package org.parkportal.cloud.machines.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.parkportal.cloud.ordering.domain.OrderRefused;
import org.parkportal.persistence.InstantColumn;

/**
 * A tenant's virtual server on a host. It holds its host's capacity from creation until it is destroyed, stopped
 * or not (so a stopped VM can always start again where it is); a change of offering needs it stopped, as in
 * CloudStack without dynamic scaling. Every state change is reported to metering by the lifecycle service; the
 * methods here only refuse moves the state does not allow.
 */
@Entity
@Table(name = "cloud_vm")
public class VirtualMachine {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cloud_vm_seq")
    @SequenceGenerator(name = "cloud_vm_seq", sequenceName = "cloud_vm_seq", allocationSize = 1)
    private long id;

    private String tenant;

    private String owner;

    private String name;

    @Column(name = "order_id")
    private String orderId;

    @Column(name = "zone_id")
    private long zoneId;

    @Column(name = "template_id")
    private long templateId;

    @Column(name = "offering_id")
    private long offeringId;

    @Column(name = "offering_code")
    private String offeringCode;

    private int vcpus;

    @Column(name = "ram_mib")
    private long ramMib;

    @Column(name = "host_id")
    private long hostId;

    @Column(name = "pool_id")
    private long poolId;

    @Column(name = "reservation_id")
    private Long reservationId;

    @Column(name = "ip_address")
    private String ipAddress;

    @Enumerated(EnumType.STRING)
    private VmState state;

    @Convert(converter = InstantColumn.class)
    @Column(name = "created_at")
    private Instant createdAt;

    @Convert(converter = InstantColumn.class)
    @Column(name = "state_since")
    private Instant stateSince;

    @Convert(converter = InstantColumn.class)
    @Column(name = "expunge_after")
    private Instant expungeAfter;

    private boolean expunged;

    @Version
    private long version;

    protected VirtualMachine() {
    }

    public VirtualMachine(String tenant, String owner, String name, String orderId, long zoneId, long templateId,
                          long offeringId, String offeringCode, int vcpus, long ramMib, Instant at) {
        this.tenant = Objects.requireNonNull(tenant);
        this.owner = Objects.requireNonNull(owner);
        this.name = Objects.requireNonNull(name);
        this.orderId = orderId;
        this.zoneId = zoneId;
        this.templateId = templateId;
        this.offeringId = offeringId;
        this.offeringCode = Objects.requireNonNull(offeringCode);
        this.vcpus = vcpus;
        this.ramMib = ramMib;
        this.state = VmState.RUNNING;
        this.createdAt = at;
        this.stateSince = at;
    }

    /**
     * Where placement put it and its public address. Set once, in the transaction that creates it (the VM's id is
     * the hypervisor's key, so the row comes first).
     */
    public void placedOn(long host, long pool, long reservation, String address) {
        if (reservationId != null) {
            throw new IllegalStateException("VM " + id + " is placed already");
        }
        hostId = host;
        poolId = pool;
        reservationId = reservation;
        ipAddress = address;
    }

    public void start(Instant at) {
        require(VmState.STOPPED);
        move(VmState.RUNNING, at);
    }

    public void stop(Instant at) {
        require(VmState.RUNNING);
        move(VmState.STOPPED, at);
    }

    /** A reboot leaves the state as it is; it only needs the VM running. */
    public void requireRunning() {
        require(VmState.RUNNING);
    }

    /** A new offering; the VM must be stopped. */
    public void changeOffering(long offering, String code, int newVcpus, long newRamMib) {
        require(VmState.STOPPED);
        offeringId = offering;
        offeringCode = Objects.requireNonNull(code);
        vcpus = newVcpus;
        ramMib = newRamMib;
    }

    /** Destroyed now, its disks deleted ({@link #expunge}) once {@code delay} has passed. */
    public void destroy(Instant at, Duration delay) {
        if (state == VmState.DESTROYED) {
            throw new OrderRefused(OrderRefused.Reason.WRONG_STATE, state.name());
        }
        move(VmState.DESTROYED, at);
        expungeAfter = at.plus(delay);
    }

    public void expunge() {
        require(VmState.DESTROYED);
        expunged = true;
    }

    /** Operations other than destroy need a VM that is not destroyed. */
    public void requireAlive() {
        if (state == VmState.DESTROYED) {
            throw new OrderRefused(OrderRefused.Reason.WRONG_STATE, state.name());
        }
    }

    private void require(VmState expected) {
        if (state != expected) {
            throw new OrderRefused(OrderRefused.Reason.WRONG_STATE, state.name());
        }
    }

    private void move(VmState to, Instant at) {
        state = to;
        stateSince = at;
    }

    public long id() { return id; }
    public String tenant() { return tenant; }
    public String owner() { return owner; }
    public String name() { return name; }
    public String orderId() { return orderId; }
    public long zoneId() { return zoneId; }
    public long templateId() { return templateId; }
    public long offeringId() { return offeringId; }
    public String offeringCode() { return offeringCode; }
    public int vcpus() { return vcpus; }
    public long ramMib() { return ramMib; }
    public long hostId() { return hostId; }
    public long poolId() { return poolId; }
    public Long reservationId() { return reservationId; }
    /** The VM's key at the hypervisor and in metering. */
    public String ref() { return "vm-" + id; }
    public String ipAddress() { return ipAddress; }
    public VmState state() { return state; }
    public Instant createdAt() { return createdAt; }
    public Instant stateSince() { return stateSince; }
    public Instant expungeAfter() { return expungeAfter; }
    public boolean expunged() { return expunged; }
}
