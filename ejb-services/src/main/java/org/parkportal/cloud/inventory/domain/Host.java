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
 * A hypervisor host: physical cores, MHz per core, RAM, tags (offerings may require some), state. Allocated CPU
 * (MHz) and RAM are changed only by placement's conditional updates (updatable false here).
 */
@Entity
@Table(name = "cloud_host")
@Cacheable(false)
public class Host {

    public static final int MAX_CORES = 1024;

    @Id
    @SequenceGenerator(name = "cloud_seq", sequenceName = "cloud_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cloud_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "cluster_id")
    private Cluster cluster;

    private String name;

    private int cores;

    @Column(name = "mhz_per_core")
    private int mhzPerCore;

    @Column(name = "ram_mib")
    private long ramMib;

    @Convert(converter = WordsColumn.class)
    private Set<String> tags;

    @Enumerated(EnumType.STRING)
    private HostState state;

    @Column(name = "allocated_mhz", updatable = false)
    private long allocatedMhz;

    @Column(name = "allocated_ram_mib", updatable = false)
    private long allocatedRamMib;

    protected Host() {
    }

    public Host(Cluster cluster, String name, int cores, int mhzPerCore, long ramMib, Set<String> tags) {
        this.cluster = cluster;
        this.name = Words.name(name);
        this.state = HostState.ENABLED;
        change(cores, mhzPerCore, ramMib, tags);
    }

    /** New hardware figures; they may not fall below what is allocated (checked against physical capacity). */
    public void change(int cores, int mhzPerCore, long ramMib, Set<String> tags) {
        if (cores > MAX_CORES) {
            throw new InventoryRefused(InventoryRefused.Reason.INVALID_CAPACITY, "cores " + cores);
        }
        this.cores = (int) Words.positive(cores, "cores");
        this.mhzPerCore = (int) Words.positive(mhzPerCore, "MHz");
        this.ramMib = Words.positive(ramMib, "RAM");
        this.tags = Words.words(tags);
    }

    public void changeState(HostState state) {
        this.state = state;
    }

    public Long id() { return id; }
    public Cluster cluster() { return cluster; }
    public String name() { return name; }
    public int cores() { return cores; }
    public int mhzPerCore() { return mhzPerCore; }
    public long ramMib() { return ramMib; }
    public long physicalMhz() { return (long) cores * mhzPerCore; }
    public Set<String> tags() { return tags; }
    public HostState state() { return state; }
    public long allocatedMhz() { return allocatedMhz; }
    public long allocatedRamMib() { return allocatedRamMib; }
}
