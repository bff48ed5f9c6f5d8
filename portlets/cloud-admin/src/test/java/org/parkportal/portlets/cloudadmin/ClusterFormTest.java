package org.parkportal.portlets.cloudadmin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parkportal.cloud.inventory.domain.AllocationLimits;
import org.parkportal.cloud.inventory.domain.Cluster;
import org.parkportal.cloud.inventory.domain.Hypervisor;
import org.parkportal.cloud.inventory.domain.Pod;
import org.parkportal.cloud.inventory.domain.Zone;
import org.parkportal.cloud.placement.domain.PlacementStrategy;

/** A cluster's edit form shows its own limits as typed (percent), and blank where the zone's apply. */
class ClusterFormTest {

    private final Pod pod = new Pod(new Zone("Park-North", true, Set.of(), PlacementStrategy.SPREAD, null), "P1",
            null, null);

    @Test
    void ownLimitsAreShownInPercentAndTheZonesAreLeftBlank() {
        Cluster cluster = new Cluster(pod, "KVM-N1", Hypervisor.KVM,
                new AllocationLimits(new BigDecimal("0.9"), null, new BigDecimal("0.755"), new BigDecimal("2.50"), null));
        Map<String, String> expected = new HashMap<>();
        expected.put("cpuThreshold", "90");
        expected.put("ramThreshold", null);
        expected.put("storageThreshold", "75.5");
        expected.put("cpuOvercommit", "2.5");
        expected.put("ramOvercommit", null);
        expected.put("enabled", "on");
        assertEquals(expected, ClusterForm.values(cluster));
    }

    @Test
    void aClosedClusterThatFollowsItsZoneHasAnEmptyForm() {
        Cluster cluster = new Cluster(pod, "KVM-N2", Hypervisor.KVM, null);
        cluster.change(null, false);
        Map<String, String> values = ClusterForm.values(cluster);
        assertEquals(5, values.size(), values::toString);
        values.values().forEach(v -> assertEquals(null, v));
    }
}
