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
import java.time.Instant;
import org.parkportal.cloud.ordering.domain.OrderRefused;
import org.parkportal.persistence.InstantColumn;

/**
 * A disk of a tenant in a primary storage pool: a VM's root disk, or a data disk that can be detached and attached
 * to another VM of the same tenant in the same zone. Billed by GB-hour from creation to deletion, attached or not.
 */
@Entity
@Table(name = "cloud_volume")
public class Volume {

    public enum Kind { ROOT, DATA }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cloud_volume_seq")
    @SequenceGenerator(name = "cloud_volume_seq", sequenceName = "cloud_volume_seq", allocationSize = 1)
    private long id;

    private String tenant;

    private String name;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    @Column(name = "size_gb")
    private long sizeGb;

    @Column(name = "zone_id")
    private long zoneId;

    @Column(name = "pool_id")
    private long poolId;

    @Column(name = "vm_id")
    private Long vmId;

    /** The VM the disk was made for (its owner owns the disk when it is detached). */
    @Column(name = "made_for")
    private Long madeFor;

    @Convert(converter = InstantColumn.class)
    @Column(name = "created_at")
    private Instant createdAt;

    @Convert(converter = InstantColumn.class)
    @Column(name = "deleted_at")
    private Instant deletedAt;

    /** When it was last detached (null while attached): "not attached since" for its owner. */
    @Convert(converter = InstantColumn.class)
    @Column(name = "detached_at")
    private Instant detachedAt;

    protected Volume() {
    }

    public Volume(String tenant, String name, Kind kind, long sizeGb, long zoneId, long poolId, Long vmId, Instant at) {
        this.tenant = tenant;
        this.name = name;
        this.kind = kind;
        this.sizeGb = sizeGb;
        this.zoneId = zoneId;
        this.poolId = poolId;
        this.vmId = vmId;
        this.madeFor = vmId;
        this.createdAt = at;
    }

    public void attachTo(VirtualMachine vm) {
        requireData();
        if (vmId != null) {
            throw new OrderRefused(OrderRefused.Reason.WRONG_STATE, "ATTACHED");
        }
        if (!vm.tenant().equals(tenant) || vm.zoneId() != zoneId) {
            throw new OrderRefused(OrderRefused.Reason.NOT_FOUND);
        }
        vm.requireAlive();
        vmId = vm.id();
        detachedAt = null;
    }

    public void detach(Instant at) {
        requireData();
        if (vmId == null) {
            throw new OrderRefused(OrderRefused.Reason.WRONG_STATE, "DETACHED");
        }
        vmId = null;
        detachedAt = at;
    }

    /** A data disk that is no VM's now: it can be attached to another VM of its zone, or deleted. */
    public boolean detached() {
        return kind == Kind.DATA && vmId == null && deletedAt == null;
    }

    public void delete(Instant at) {
        if (deletedAt != null) {
            throw new OrderRefused(OrderRefused.Reason.WRONG_STATE, "DELETED");
        }
        deletedAt = at;
        vmId = null;
    }

    private void requireData() {
        if (kind != Kind.DATA) {
            throw new OrderRefused(OrderRefused.Reason.WRONG_STATE, "ROOT");
        }
        if (deletedAt != null) {
            throw new OrderRefused(OrderRefused.Reason.WRONG_STATE, "DELETED");
        }
    }

    public long id() { return id; }
    /** The volume's key at the hypervisor and in metering. */
    public String ref() { return "vol-" + id; }
    public String tenant() { return tenant; }
    public String name() { return name; }
    public Kind kind() { return kind; }
    public long sizeGb() { return sizeGb; }
    public long zoneId() { return zoneId; }
    public long poolId() { return poolId; }
    public Long vmId() { return vmId; }
    public Long madeFor() { return madeFor; }
    public Instant createdAt() { return createdAt; }
    public Instant deletedAt() { return deletedAt; }
    public Instant detachedAt() { return detachedAt; }
}
