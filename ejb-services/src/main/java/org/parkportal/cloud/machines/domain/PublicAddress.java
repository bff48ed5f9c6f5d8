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
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parkportal.cloud.inventory.domain.IpRange;
import org.parkportal.persistence.InstantColumn;

/**
 * A public IPv4 address of a zone held by a tenant's VM (its source NAT address), from acquisition to release;
 * billed by the hour while held. Addresses are handed out lowest first from the zone's public ranges; a released
 * address can be handed out again.
 */
@Entity
@Table(name = "cloud_public_address")
public class PublicAddress {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cloud_public_address_seq")
    @SequenceGenerator(name = "cloud_public_address_seq", sequenceName = "cloud_public_address_seq", allocationSize = 1)
    private long id;

    @Column(name = "zone_id")
    private long zoneId;

    private String address;

    private String tenant;

    @Column(name = "vm_id")
    private long vmId;

    @Convert(converter = InstantColumn.class)
    @Column(name = "acquired_at")
    private Instant acquiredAt;

    @Convert(converter = InstantColumn.class)
    @Column(name = "released_at")
    private Instant releasedAt;

    protected PublicAddress() {
    }

    public PublicAddress(long zoneId, String address, VirtualMachine vm, Instant at) {
        this.zoneId = zoneId;
        this.address = address;
        this.tenant = vm.tenant();
        this.vmId = vm.id();
        this.acquiredAt = at;
    }

    /** The lowest address of the ranges that nobody holds, if any is left. */
    public static Optional<String> firstFree(List<IpRange> ranges, Set<String> held) {
        for (IpRange range : ranges) {
            for (long i = 0; i < range.size(); i++) {
                String candidate = range.addressAt(i);
                if (!held.contains(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    public void release(Instant at) {
        if (releasedAt == null) {
            releasedAt = at;
        }
    }

    public long id() { return id; }
    public String ref() { return "ip-" + id; }
    public String address() { return address; }
    public String tenant() { return tenant; }
    public long vmId() { return vmId; }
    public Instant releasedAt() { return releasedAt; }
}
