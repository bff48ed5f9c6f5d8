package org.parkportal.cloud.inventory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.persistence.Embedded;
import jakarta.persistence.Cacheable;
import java.util.Set;
import org.parkportal.cloud.inventory.infrastructure.WordsColumn;
import org.parkportal.cloud.placement.domain.PlacementStrategy;

/**
 * Hosts of one hypervisor in one pod, sharing primary storage. Its allocated counters are the sums over its hosts,
 * kept by placement's conditional updates (never written by JPA: insertable/updatable false) so that the cluster's
 * threshold holds under concurrent reservations.
 */
@Entity
@Table(name = "cloud_cluster")
@Cacheable(false)
public class Cluster {

    @Id
    @SequenceGenerator(name = "cloud_seq", sequenceName = "cloud_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cloud_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "pod_id")
    private Pod pod;

    private String name;

    @Enumerated(EnumType.STRING)
    private Hypervisor hypervisor;

    private boolean enabled;

    @Embedded
    private AllocationLimits limits;

    @Column(name = "allocated_mhz", updatable = false)
    private long allocatedMhz;

    @Column(name = "allocated_ram_mib", updatable = false)
    private long allocatedRamMib;

    protected Cluster() {
    }

    public Cluster(Pod pod, String name, Hypervisor hypervisor, AllocationLimits limits) {
        if (hypervisor == null) {
            throw new InventoryRefused(InventoryRefused.Reason.INVALID_NAME, "no hypervisor");
        }
        this.pod = pod;
        this.name = Words.name(name);
        this.hypervisor = hypervisor;
        this.enabled = true;
        this.limits = limits == null ? AllocationLimits.inherited() : limits;
    }

    public void change(AllocationLimits limits, boolean enabled) {
        this.limits = limits == null ? AllocationLimits.inherited() : limits;
        this.enabled = enabled;
    }

    /** The limits that apply: the cluster's own, else its zone's. */
    public AllocationLimits effectiveLimits() {
        return (limits == null ? AllocationLimits.inherited() : limits).over(pod.zone().limits());
    }

    public Long id() { return id; }
    public Pod pod() { return pod; }
    public Zone zone() { return pod.zone(); }
    public String name() { return name; }
    public Hypervisor hypervisor() { return hypervisor; }
    public boolean enabled() { return enabled; }
    public AllocationLimits ownLimits() { return limits == null ? AllocationLimits.inherited() : limits; }
    public long allocatedMhz() { return allocatedMhz; }
    public long allocatedRamMib() { return allocatedRamMib; }
}
