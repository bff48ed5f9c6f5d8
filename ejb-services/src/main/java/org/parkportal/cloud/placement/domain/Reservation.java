package org.parkportal.cloud.placement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Resources taken on one host and one primary storage pool for one VM (its {@code reference}, e.g. the order or VM
 * id): what release and resize give back or change. While it exists, the host's, cluster's and pool's allocated
 * counters include it.
 */
@Entity
@Table(name = "cloud_reservation")
public class Reservation {

    @Id
    @SequenceGenerator(name = "cloud_seq", sequenceName = "cloud_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cloud_seq")
    private Long id;

    private String tenant;

    private String reference;

    @Column(name = "zone_id")
    private long zoneId;

    @Column(name = "cluster_id")
    private long clusterId;

    @Column(name = "host_id")
    private long hostId;

    @Column(name = "pool_id")
    private long poolId;

    private int vcpus;

    private long mhz;

    @Column(name = "ram_mib")
    private long ramMib;

    @Column(name = "disk_gb")
    private long diskGb;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    protected Reservation() {
    }

    public Reservation(PlacementRequest request, String reference, PlacementDecision.Placed placed) {
        if (reference == null || reference.isBlank() || reference.length() > 100) {
            throw new IllegalArgumentException("a reservation names what it is for (1-100 characters)");
        }
        this.tenant = request.tenant();
        this.reference = reference;
        this.zoneId = request.zoneId();
        this.clusterId = placed.clusterId();
        this.hostId = placed.hostId();
        this.poolId = placed.poolId();
        this.vcpus = request.vcpus();
        this.mhz = request.mhz();
        this.ramMib = request.ramMib();
        this.diskGb = request.diskGb();
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** New CPU and RAM after a change of offering (the disk stays). */
    public void resize(int vcpus, long mhz, long ramMib) {
        this.vcpus = vcpus;
        this.mhz = mhz;
        this.ramMib = ramMib;
    }

    public Long id() { return id; }
    public String tenant() { return tenant; }
    public String reference() { return reference; }
    public long zoneId() { return zoneId; }
    public long clusterId() { return clusterId; }
    public long hostId() { return hostId; }
    public long poolId() { return poolId; }
    public int vcpus() { return vcpus; }
    public long mhz() { return mhz; }
    public long ramMib() { return ramMib; }
    public long diskGb() { return diskGb; }
    public OffsetDateTime createdAt() { return createdAt; }
}
