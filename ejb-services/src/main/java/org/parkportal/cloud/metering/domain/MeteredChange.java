package org.parkportal.cloud.metering.domain;

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
import org.parkportal.persistence.InstantColumn;

/** One entry of the append-only change log: written once, never changed or deleted. */
@Entity
@Table(name = "cloud_metered_change")
public class MeteredChange {

    @Id
    @SequenceGenerator(name = "cloud_metering_seq", sequenceName = "cloud_metering_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cloud_metering_seq")
    private Long id;

    @Column(name = "resource_id")
    private String resourceId;

    /** 1, 2, 3, ... per resource: the log's order, unique with the resource. */
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "change_kind")
    private ChangeKind kind;

    @Column(name = "changed_at")
    @Convert(converter = InstantColumn.class)
    private Instant at;

    private String offering;

    private Integer vcpus;

    @Column(name = "size_gb")
    private Long sizeGb;

    @Column(name = "recorded_at")
    @Convert(converter = InstantColumn.class)
    private Instant recordedAt;

    protected MeteredChange() {
    }

    MeteredChange(String resourceId, int position, Change change, Instant recordedAt) {
        this.resourceId = resourceId;
        this.position = position;
        this.kind = change.kind();
        this.at = change.at();
        this.offering = change.offering();
        this.vcpus = change.vcpus();
        this.sizeGb = change.sizeGb();
        this.recordedAt = recordedAt;
    }

    public Change change() {
        return new Change(kind, at, offering, vcpus, sizeGb);
    }

    public Long id() { return id; }
    public String resourceId() { return resourceId; }
    public int position() { return position; }
    public Instant recordedAt() { return recordedAt; }
}
