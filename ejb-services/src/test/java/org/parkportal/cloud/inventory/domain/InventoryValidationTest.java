package org.parkportal.cloud.inventory.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.parkportal.cloud.application.CloudTexts;
import org.parkportal.cloud.placement.domain.PlacementStrategy;

/** The inventory refuses what does not add up, with a reason CloudTexts translates. */
class InventoryValidationTest {

    private final Zone zone = new Zone("Park-North", true, Set.of(), PlacementStrategy.SPREAD, null);

    private static InventoryRefused.Reason refused(Executable change) {
        return assertThrows(InventoryRefused.class, change).reason();
    }

    @Test
    void capacitiesMustBePositive() {
        Cluster cluster = new Cluster(new Pod(zone, "P1", null, null), "KVM-A1", Hypervisor.KVM, null);
        assertEquals(InventoryRefused.Reason.INVALID_CAPACITY,
                refused(() -> new Host(cluster, "h1", -4, 2000, 16384, Set.of())));
        assertEquals(InventoryRefused.Reason.INVALID_CAPACITY,
                refused(() -> new Host(cluster, "h1", 4, 2000, 0, Set.of())));
        assertEquals(InventoryRefused.Reason.INVALID_CAPACITY,
                refused(() -> new PrimaryStoragePool(cluster, "p1", -1, Set.of())));
        assertEquals(InventoryRefused.Reason.INVALID_TAG,
                refused(() -> new Host(cluster, "h1", 4, 2000, 1024, Set.of("GPU,fast"))));
    }

    @Test
    void thresholdsAreFractionsAndOvercommitBetweenOneAndTen() {
        BigDecimal one = BigDecimal.ONE;
        assertEquals(InventoryRefused.Reason.INVALID_THRESHOLD,
                refused(() -> new AllocationLimits(new BigDecimal("1.2"), one, one, one, one)));
        assertEquals(InventoryRefused.Reason.INVALID_THRESHOLD,
                refused(() -> new AllocationLimits(BigDecimal.ZERO, one, one, one, one)));
        assertEquals(InventoryRefused.Reason.INVALID_OVERCOMMIT,
                refused(() -> new AllocationLimits(one, one, one, new BigDecimal("0.5"), one)));
        assertEquals(new BigDecimal("0.85"), zone.limits().ramThreshold(), "85 % unless set");
        assertEquals(BigDecimal.ONE, zone.limits().cpuOvercommit(), "no overcommit unless set");
    }

    @Test
    void aClustersOwnLimitsOverrideItsZonesOnlyWhereSet() {
        Cluster cluster = new Cluster(new Pod(zone, "P1", null, null), "KVM-A1", Hypervisor.KVM,
                new AllocationLimits(null, new BigDecimal("0.9"), null, new BigDecimal("2.0"), null));
        AllocationLimits effective = cluster.effectiveLimits();
        assertEquals(List.of(new BigDecimal("0.85"), new BigDecimal("0.9"), new BigDecimal("2.0"), BigDecimal.ONE),
                List.of(effective.cpuThreshold(), effective.ramThreshold(), effective.cpuOvercommit(),
                        effective.ramOvercommit()));
    }

    @Test
    void vlanAndPublicIpRangesOfAZoneMayNotOverlap() {
        Network first = network("guest-a", 100, 199);
        first.addPublicRange(new IpRange("203.0.113.10", "203.0.113.99"));
        assertEquals(InventoryRefused.Reason.VLAN_OVERLAP,
                refused(() -> network("guest-b", 150, 250).checkAgainst(List.of(first))));
        Network second = network("guest-b", 200, 299);
        second.addPublicRange(new IpRange("203.0.113.90", "203.0.113.120"));
        assertEquals(InventoryRefused.Reason.IP_RANGE_OVERLAP, refused(() -> second.checkAgainst(List.of(first))));
        assertEquals(InventoryRefused.Reason.IP_RANGE_OVERLAP,
                refused(() -> first.addPublicRange(new IpRange("203.0.113.1", "203.0.113.10"))));
        assertEquals(InventoryRefused.Reason.INVALID_IP_RANGE,
                refused(() -> new IpRange("203.0.113.99", "203.0.113.10")));
        assertEquals(InventoryRefused.Reason.INVALID_IP_RANGE, refused(() -> new IpRange("203.0.113.300", "203.0.113.310")));
        assertEquals(InventoryRefused.Reason.INVALID_VLAN_RANGE, refused(() -> new VlanRange(4000, 5000)));
        assertEquals("Dieser VLAN-Bereich überschneidet sich mit dem eines anderen Netzes derselben Zone.",
                CloudTexts.of(Locale.GERMAN).refusal(new InventoryRefused(InventoryRefused.Reason.VLAN_OVERLAP, "")));
    }

    @Test
    void aRuleNeedsAKnownProtocolAndPortsInOrder() {
        Network net = network("guest-a", 100, 199);
        assertEquals(InventoryRefused.Reason.INVALID_RULE,
                refused(() -> net.addRule(NetworkRule.Kind.FIREWALL, "sctp", 22, 22, "0.0.0.0/0", null)));
        assertEquals(InventoryRefused.Reason.INVALID_RULE,
                refused(() -> net.addRule(NetworkRule.Kind.FIREWALL, "tcp", 443, 80, "0.0.0.0/0", null)));
        assertEquals(InventoryRefused.Reason.INVALID_RULE,
                refused(() -> net.addRule(NetworkRule.Kind.PORT_FORWARDING, "udp", 53, 70000, "0.0.0.0/0", null)));
        assertEquals(InventoryRefused.Reason.INVALID_IP_RANGE,
                refused(() -> net.addRule(NetworkRule.Kind.FIREWALL, "tcp", 22, 22, "everyone", null)));
        assertEquals(List.of(), net.rules(), "nothing refused was added");
    }

    @Test
    void aRuleIsRemovedOnlyFromItsOwnNetworkAndOnlyOnce() {
        Network net = network("guest-a", 100, 199);
        Network other = network("guest-b", 200, 299);
        NetworkRule ssh = net.addRule(NetworkRule.Kind.FIREWALL, "tcp", 22, 22, "10.0.0.0/8", null);
        NetworkRule web = net.addRule(NetworkRule.Kind.LOAD_BALANCER, "tcp", 80, 80, "0.0.0.0/0", "web-1 web-2");

        assertEquals(InventoryRefused.Reason.RULE_NOT_FOUND, refused(() -> other.removeRule(ssh)));
        assertEquals(List.of(ssh, web), net.rules(), "another network's removal leaves it alone");
        net.removeRule(ssh);
        assertEquals(List.of(web), net.rules());
        assertEquals(InventoryRefused.Reason.RULE_NOT_FOUND, refused(() -> net.removeRule(ssh)));
        assertEquals(InventoryRefused.Reason.RULE_NOT_FOUND, refused(() -> net.removeRule(null)));
        assertEquals("Diese Regel gibt es nicht mehr.", CloudTexts.of(Locale.GERMAN)
                .refusal(new InventoryRefused(InventoryRefused.Reason.RULE_NOT_FOUND, "")));
    }

    @Test
    void aPrivateZoneIsVisibleOnlyToItsTenants() {
        Zone south = new Zone("Park-South", false, Set.of("globex"), null, null);
        assertEquals(List.of(true, false, true), List.of(south.visibleTo("globex"), south.visibleTo("acme"),
                zone.visibleTo("acme")));
    }

    private Network network(String name, int first, int last) {
        return new Network(zone, name, new VlanRange(first, last), "10.1.0.0/16", "10.1.0.1", true, true, null, null,
                null);
    }
}
