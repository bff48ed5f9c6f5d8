package org.parkportal.cloud.ordering.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.parkportal.persistence.InstantColumn;

/**
 * A tenant's order of one virtual server: what was chosen (zone, template, offering, an optional data disk and
 * network; the sizes are copied, so a later change of the offering does not change the order), its price when
 * ordered, and where it stands. The order's id is the business key of its approval. Every change of status goes
 * through the methods below, which refuse a move the status does not allow.
 */
@Entity
@Table(name = "cloud_order")
public class ServerOrder {

    @Id
    private String id;

    private String tenant;

    @Column(name = "requested_by")
    private String requestedBy;

    private String name;

    @Column(name = "zone_id")
    private long zoneId;

    @Column(name = "template_id")
    private long templateId;

    @Column(name = "offering_id")
    private long offeringId;

    @Column(name = "network_id")
    private Long networkId;

    @Column(name = "disk_offering_id")
    private Long diskOfferingId;

    private int vcpus;

    @Column(name = "ram_mib")
    private long ramMib;

    @Column(name = "root_disk_gb")
    private long rootDiskGb;

    @Column(name = "data_disk_gb")
    private long dataDiskGb;

    @Column(name = "monthly_estimate")
    private BigDecimal monthlyEstimate;

    private String currency;

    @Enumerated(EnumType.STRING)
    private OrderStatus status;

    @Column(name = "decided_by")
    private String decidedBy;

    @Convert(converter = InstantColumn.class)
    @Column(name = "decided_at")
    private Instant decidedAt;

    /** Why the order failed or was rejected: a message key of the ordering bundle and its arguments, or a comment. */
    @Column(name = "reason_key")
    private String reasonKey;

    @Column(name = "reason_args")
    private String reasonArguments;

    @Column(name = "vm_id")
    private Long vmId;

    @Convert(converter = InstantColumn.class)
    @Column(name = "created_at")
    private Instant createdAt;

    @Convert(converter = InstantColumn.class)
    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected ServerOrder() {
    }

    public ServerOrder(ServerSpec spec, String tenant, String requestedBy, BigDecimal monthlyEstimate, String currency,
                       Instant at) {
        this.id = UUID.randomUUID().toString();
        this.tenant = Objects.requireNonNull(tenant);
        this.requestedBy = Objects.requireNonNull(requestedBy);
        this.name = spec.name();
        this.zoneId = spec.zoneId();
        this.templateId = spec.templateId();
        this.offeringId = spec.offeringId();
        this.networkId = spec.networkId();
        this.diskOfferingId = spec.diskOfferingId();
        this.vcpus = spec.vcpus();
        this.ramMib = spec.ramMib();
        this.rootDiskGb = spec.rootDiskGb();
        this.dataDiskGb = spec.dataDiskGb();
        this.monthlyEstimate = monthlyEstimate;
        this.currency = currency;
        this.status = OrderStatus.PENDING_APPROVAL;
        this.createdAt = at;
        this.updatedAt = at;
    }

    public void approve(String by, Instant at) {
        move(OrderStatus.APPROVED, at);
        decidedBy = by;
        decidedAt = at;
    }

    public void reject(String by, String comment, Instant at) {
        move(OrderStatus.REJECTED, at);
        decidedBy = by;
        decidedAt = at;
        reasonKey = null;
        reasonArguments = comment;
    }

    public void provisioning(Instant at) {
        move(OrderStatus.PROVISIONING, at);
    }

    /** The driver could not finish: back to APPROVED, so the provisioner tries again later. */
    public void retryLater(Instant at) {
        move(OrderStatus.APPROVED, at);
    }

    public void running(long vm, Instant at) {
        move(OrderStatus.RUNNING, at);
        vmId = vm;
        reasonKey = null;
        reasonArguments = null;
    }

    /** Failed for a reason the user can read: {@code key} names a text, {@code arguments} its figures ("|"-joined). */
    public void fail(String key, String arguments, Instant at) {
        move(OrderStatus.FAILED, at);
        reasonKey = key;
        reasonArguments = arguments;
    }

    private void move(OrderStatus to, Instant at) {
        if (!status.next().contains(to)) {
            throw new OrderRefused(OrderRefused.Reason.WRONG_STATE, status.name());
        }
        status = to;
        updatedAt = at;
    }

    public ServerSpec spec() {
        return new ServerSpec(name, zoneId, templateId, offeringId, networkId, diskOfferingId, vcpus, ramMib,
                rootDiskGb, dataDiskGb);
    }

    /** What the order holds of the tenant's limits while it is open. */
    public ResourceUse use() {
        return status.open() ? ResourceUse.oneVm(vcpus, ramMib, rootDiskGb + dataDiskGb) : ResourceUse.NONE;
    }

    public String id() { return id; }
    public String tenant() { return tenant; }
    public String requestedBy() { return requestedBy; }
    public String name() { return name; }
    public BigDecimal monthlyEstimate() { return monthlyEstimate; }
    public String currency() { return currency; }
    public OrderStatus status() { return status; }
    public String decidedBy() { return decidedBy; }
    public Instant decidedAt() { return decidedAt; }
    public String reasonKey() { return reasonKey; }
    public String reasonArguments() { return reasonArguments; }
    public Long vmId() { return vmId; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
}
