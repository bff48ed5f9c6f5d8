package org.parkportal.cloud.metering.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.parkportal.persistence.InstantColumn;

/**
 * A metered resource: its current state (to check the next change without replaying the log) and its metering
 * cursor, the end of the last hour whose usage went to billing. The row is what the event service and the hourly
 * job lock, so a change and the metering of its hour never pass each other.
 */
@Entity
@Table(name = "cloud_metered_resource")
public class MeteredResource {

    @Id
    @Column(name = "resource_id")
    private String resourceId;

    @Enumerated(EnumType.STRING)
    @Column(name = "resource_kind")
    private ResourceKind kind;

    private String tenant;

    @Enumerated(EnumType.STRING)
    private Phase phase;

    private String offering;

    private int vcpus;

    @Column(name = "size_gb")
    private long sizeGb;

    @Column(name = "created_at")
    @Convert(converter = InstantColumn.class)
    private Instant createdAt;

    @Column(name = "last_change_at")
    @Convert(converter = InstantColumn.class)
    private Instant lastChangeAt;

    /** Set with the ending change: after its hour nothing is left to meter. */
    @Column(name = "ended_at")
    @Convert(converter = InstantColumn.class)
    private Instant endedAt;

    @Column(name = "change_count")
    private int changeCount;

    @Column(name = "metered_until")
    @Convert(converter = InstantColumn.class)
    private Instant meteredUntil;

    protected MeteredResource() {
    }

    private MeteredResource(ResourceState state) {
        this.resourceId = state.resourceId();
        this.kind = state.kind();
        this.tenant = state.tenant();
        this.createdAt = state.since();
        // Metering starts with the hour the resource was created in.
        this.meteredUntil = state.since().truncatedTo(ChronoUnit.HOURS);
        take(state);
    }

    /** A new resource and its first log entry (persist both). */
    public static Created create(String resourceId, String tenant, Change change, Instant now) {
        MeteredResource resource = new MeteredResource(ResourceState.created(resourceId, tenant, change));
        resource.changeCount = 1;
        return new Created(resource, new MeteredChange(resourceId, 1, change, now));
    }

    public record Created(MeteredResource resource, MeteredChange change) {
    }

    /**
     * The log entry for the next change (persist it), after checking it against the current state and the cursor:
     * a change inside an hour already metered would never be billed, so it is refused rather than lost.
     */
    public MeteredChange record(Change change, Instant now) {
        ResourceState next = state().next(change);
        if (change.at().isBefore(meteredUntil)) {
            throw new MeteringRefused(MeteringRefused.Reason.ALREADY_METERED,
                    change.kind() + " of " + resourceId + " at " + change.at() + "; metered until " + meteredUntil);
        }
        take(next);
        changeCount++;
        return new MeteredChange(resourceId, changeCount, change, now);
    }

    public ResourceState state() {
        return new ResourceState(resourceId, kind, tenant, phase, offering, vcpus, sizeGb, lastChangeAt);
    }

    /**
     * The hours to meter now, from the cursor up to {@code horizon} (the end of the last closed hour), or up to the
     * end of the hour the resource ended in. Empty when nothing is left.
     */
    public Instant meterUntil(Instant horizon) {
        if (endedAt == null) {
            return horizon;
        }
        Instant endHour = endedAt.truncatedTo(ChronoUnit.HOURS);
        Instant last = endHour.equals(endedAt) ? endHour : endHour.plus(1, ChronoUnit.HOURS);
        return last.isBefore(horizon) ? last : horizon;
    }

    /** The job wrote the usage of every hour before {@code until}. */
    public void meteredUntil(Instant until) {
        if (until.isAfter(meteredUntil)) {
            meteredUntil = until;
        }
    }

    private void take(ResourceState state) {
        this.phase = state.phase();
        this.offering = state.offering();
        this.vcpus = state.vcpus();
        this.sizeGb = state.sizeGb();
        this.lastChangeAt = state.since();
        if (state.phase() == Phase.ENDED) {
            this.endedAt = state.since();
        }
    }

    public String resourceId() { return resourceId; }
    public ResourceKind kind() { return kind; }
    public String tenant() { return tenant; }
    public Instant createdAt() { return createdAt; }
    public Instant endedAt() { return endedAt; }
    public Instant meteredUntil() { return meteredUntil; }
}
