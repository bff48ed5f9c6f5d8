package org.parkportal.cloud.inventory.application;

import jakarta.ejb.Local;
import java.util.List;
import java.util.Set;
import org.parkportal.cloud.inventory.domain.AllocationLimits;
import org.parkportal.cloud.inventory.domain.Cluster;
import org.parkportal.cloud.inventory.domain.Host;
import org.parkportal.cloud.inventory.domain.HostState;
import org.parkportal.cloud.inventory.domain.Hypervisor;
import org.parkportal.cloud.inventory.domain.InventoryRefused;
import org.parkportal.cloud.inventory.domain.Network;
import org.parkportal.cloud.inventory.domain.NetworkRule;
import org.parkportal.cloud.inventory.domain.Pod;
import org.parkportal.cloud.inventory.domain.PrimaryStoragePool;
import org.parkportal.cloud.inventory.domain.SecondaryStorage;
import org.parkportal.cloud.inventory.domain.Zone;
import org.parkportal.cloud.placement.domain.PlacementStrategy;

/**
 * The cloud's inventory for its operators: portal administrators and the it-ops group only (every method refuses
 * others with {@link InventoryRefused} NOT_ALLOWED). Zones → pods → clusters → hosts, primary storage per cluster,
 * secondary storage and networks per zone, allocation thresholds and overcommit factors. Bad input is refused with
 * an {@link InventoryRefused} reason that CloudTexts translates. Creating methods answer the new id. Allocated
 * figures are placement's: nothing here changes them.
 */
@Local
public interface InventoryAdministration {

    List<Zone> zones();

    List<Pod> pods(long zoneId);

    List<Cluster> clusters(long zoneId);

    List<Host> hosts(long clusterId);

    List<PrimaryStoragePool> primaryStorage(long clusterId);

    List<SecondaryStorage> secondaryStorage(long zoneId);

    List<Network> networks(long zoneId);

    /** @param limits null: 85 % thresholds, no overcommit; a limit left null in it: the default */
    long createZone(String name, boolean publicZone, Set<String> tenants, PlacementStrategy strategy,
                    AllocationLimits limits);

    void changeZone(long zoneId, boolean publicZone, Set<String> tenants, PlacementStrategy strategy,
                    AllocationLimits limits, boolean enabled);

    long createPod(long zoneId, String name, String gateway, String netmask);

    /** @param ownLimits null or any value null: the zone's */
    long createCluster(long podId, String name, Hypervisor hypervisor, AllocationLimits ownLimits);

    void changeCluster(long clusterId, AllocationLimits ownLimits, boolean enabled);

    long addHost(long clusterId, String name, int cores, int mhzPerCore, long ramMib, Set<String> tags);

    /** New hardware figures or tags; refused (CAPACITY_BELOW_ALLOCATED) below what is allocated on the host. */
    void changeHost(long hostId, int cores, int mhzPerCore, long ramMib, Set<String> tags);

    /** ENABLED, MAINTENANCE (keeps its VMs, takes no new ones) or DISABLED. */
    void changeHostState(long hostId, HostState state);

    long addPrimaryStorage(long clusterId, String name, long capacityGb, Set<String> tags);

    long addSecondaryStorage(long zoneId, String name, String url, long capacityGb);

    /** Refused when its VLANs overlap another network's of the zone. */
    long addNetwork(long zoneId, NewNetwork network);

    /** Refused when the range overlaps any public range of the zone. */
    void addPublicIpRange(long networkId, String firstIp, String lastIp);

    void addNetworkRule(long networkId, NetworkRule.Kind kind, String protocol, int portFirst, int portLast,
                        String sourceCidr, String target);

    /** Refused (RULE_NOT_FOUND) when there is no such rule, e.g. because another operator removed it already. */
    void removeNetworkRule(long ruleId);
}
