package org.parkportal.cloud.machines.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.parkportal.cloud.ordering.domain.OrderRefused;
import org.parkportal.persistence.InstantColumn;

/** A copy of a volume in the zone's secondary storage, billed by GB-hour until it is deleted. */
@Entity
@Table(name = "cloud_snapshot")
public class Snapshot {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cloud_snapshot_seq")
    @SequenceGenerator(name = "cloud_snapshot_seq", sequenceName = "cloud_snapshot_seq", allocationSize = 1)
    private long id;

    private String tenant;

    @Column(name = "volume_id")
    private long volumeId;

    @Column(name = "size_gb")
    private long sizeGb;

    @Convert(converter = InstantColumn.class)
    @Column(name = "created_at")
    private Instant createdAt;

    @Convert(converter = InstantColumn.class)
    @Column(name = "deleted_at")
    private Instant deletedAt;

    protected Snapshot() {
    }

    public Snapshot(Volume volume, Instant at) {
        if (volume.deletedAt() != null) {
            throw new OrderRefused(OrderRefused.Reason.WRONG_STATE, "DELETED");
        }
        this.tenant = volume.tenant();
        this.volumeId = volume.id();
        this.sizeGb = volume.sizeGb();
        this.createdAt = at;
    }

    public void delete(Instant at) {
        if (deletedAt != null) {
            throw new OrderRefused(OrderRefused.Reason.WRONG_STATE, "DELETED");
        }
        deletedAt = at;
    }

    public long id() { return id; }
    public String ref() { return "snap-" + id; }
    public String tenant() { return tenant; }
    public long volumeId() { return volumeId; }
    public long sizeGb() { return sizeGb; }
    public Instant createdAt() { return createdAt; }
    public Instant deletedAt() { return deletedAt; }
}
