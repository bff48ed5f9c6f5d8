package org.parkportal.cloud.placement.domain;

import java.util.Set;
import org.parkportal.cloud.inventory.domain.HostState;

/**
 * A fixed inventory for the planner tests. Park-North (public, zone 1): cluster KVM-A1 (id 10) with hosts
 * kvm-a1-1..3 (ids 101..103, 8 cores × 2000 MHz, 32 GiB) and kvm-a1-gpu (104, the same, tag gpu), one 2000 GB
 * pool (1001); cluster VMW-B1 (11) with vmw-b1-1..2 (111, 112, 16 cores × 2500 MHz, 64 GiB), pool 1011 with tag
 * ssd. Park-South (zone 2): private to globex, cluster KVM-S1 (20) with one host (201). Thresholds 85 %, no
 * overcommit.
 */
final class ParkInventory {

    static final long NORTH = 1;
    static final long SOUTH = 2;

    private ParkInventory() {
    }

    static CapacityModel model() {
        CapacityModel m = new CapacityModel();
        m.addZone(NORTH, "Park-North", true, true, Set.of(), PlacementStrategy.SPREAD);
        m.addCluster(10, NORTH, "KVM-A1", true, 0.85, 0.85, 0.85, 1.0, 1.0);
        for (int i = 1; i <= 3; i++) {
            m.addHost(100 + i, 10, "kvm-a1-" + i, 8, 2000, 32768, Set.of(), HostState.ENABLED, 0, 0);
        }
        m.addHost(104, 10, "kvm-a1-gpu", 8, 2000, 32768, Set.of("gpu"), HostState.ENABLED, 0, 0);
        m.addPool(1001, 10, "a1-primary", 2000, 0, Set.of());
        m.addCluster(11, NORTH, "VMW-B1", true, 0.85, 0.85, 0.85, 1.0, 1.0);
        m.addHost(111, 11, "vmw-b1-1", 16, 2500, 65536, Set.of(), HostState.ENABLED, 0, 0);
        m.addHost(112, 11, "vmw-b1-2", 16, 2500, 65536, Set.of(), HostState.ENABLED, 0, 0);
        m.addPool(1011, 11, "b1-ssd", 2000, 0, Set.of("ssd"));
        m.addZone(SOUTH, "Park-South", true, false, Set.of("globex"), null);
        m.addCluster(20, SOUTH, "KVM-S1", true, 0.85, 0.85, 0.85, 1.0, 1.0);
        m.addHost(201, 20, "kvm-s1-1", 8, 2000, 32768, Set.of(), HostState.ENABLED, 0, 0);
        m.addPool(2001, 20, "s1-primary", 1000, 0, Set.of());
        return m;
    }
}
