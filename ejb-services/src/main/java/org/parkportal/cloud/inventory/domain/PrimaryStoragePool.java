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

/** Primary storage of a cluster (VM disks). Allocated GB changes only through placement (updatable false). */
@Entity
@Table(name = "cloud_storage_pool")
@Cacheable(false)
public class PrimaryStoragePool {

    @Id
    @SequenceGenerator(name = "cloud_seq", sequenceName = "cloud_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cloud_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "cluster_id")
    private Cluster cluster;

    private String name;

    @Column(name = "capacity_gb")
    private long capacityGb;

    @Column(name = "allocated_gb", updatable = false)
    private long allocatedGb;

    @Convert(converter = WordsColumn.class)
    private Set<String> tags;

    protected PrimaryStoragePool() {
    }

    public PrimaryStoragePool(Cluster cluster, String name, long capacityGb, Set<String> tags) {
        this.cluster = cluster;
        this.name = Words.name(name);
        change(capacityGb, tags);
    }

    public void change(long capacityGb, Set<String> tags) {
        long capacity = Words.positive(capacityGb, "GB");
        if (capacity < allocatedGb) {
            throw new InventoryRefused(InventoryRefused.Reason.CAPACITY_BELOW_ALLOCATED, name + " " + capacity);
        }
        this.capacityGb = capacity;
        this.tags = Words.words(tags);
    }

    public Long id() { return id; }
    public Cluster cluster() { return cluster; }
    public String name() { return name; }
    public long capacityGb() { return capacityGb; }
    public long allocatedGb() { return allocatedGb; }
    public Set<String> tags() { return tags; }
}
