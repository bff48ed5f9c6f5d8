package org.parkportal.cloud.inventory.application.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.parkportal.audit.application.AuditLog;
import org.parkportal.audit.domain.AuditAction;
import org.parkportal.cloud.application.internal.CloudCaller;
import org.parkportal.cloud.inventory.application.InventoryAdministration;
import org.parkportal.cloud.inventory.application.NewNetwork;
import org.parkportal.cloud.inventory.domain.AllocationLimits;
import org.parkportal.cloud.inventory.domain.Cluster;
import org.parkportal.cloud.inventory.domain.Host;
import org.parkportal.cloud.inventory.domain.HostState;
import org.parkportal.cloud.inventory.domain.Hypervisor;
import org.parkportal.cloud.inventory.domain.InventoryRefused;
import org.parkportal.cloud.inventory.domain.IpRange;
import org.parkportal.cloud.inventory.domain.Network;
import org.parkportal.cloud.inventory.domain.NetworkRule;
import org.parkportal.cloud.inventory.domain.Pod;
import org.parkportal.cloud.inventory.domain.PrimaryStoragePool;
import org.parkportal.cloud.inventory.domain.SecondaryStorage;
import org.parkportal.cloud.inventory.domain.VlanRange;
import org.parkportal.cloud.inventory.domain.Zone;
import org.parkportal.cloud.placement.domain.PlacementStrategy;

/** Every method checks first that the caller operates the cloud; every change is logged with who made it. */
@Stateless
public class DefaultInventoryAdministration implements InventoryAdministration {

    private static final Logger LOG = Logger.getLogger(DefaultInventoryAdministration.class.getName());

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @EJB
    private CloudCaller caller;

    @EJB
    private AuditLog audit;

    @Override
    public List<Zone> zones() {
        caller.requireOperator();
        return em.createQuery("select z from Zone z order by z.name", Zone.class).getResultList();
    }

    @Override
    public List<Pod> pods(long zoneId) {
        caller.requireOperator();
        return em.createQuery("select p from Pod p where p.zone.id = :zone order by p.name", Pod.class)
                .setParameter("zone", zoneId).getResultList();
    }

    @Override
    public List<Cluster> clusters(long zoneId) {
        caller.requireOperator();
        return em.createQuery("select c from Cluster c where c.pod.zone.id = :zone order by c.name", Cluster.class)
                .setParameter("zone", zoneId).getResultList();
    }

    @Override
    public List<Host> hosts(long clusterId) {
        caller.requireOperator();
        return em.createQuery("select h from Host h where h.cluster.id = :cluster order by h.name", Host.class)
                .setParameter("cluster", clusterId).getResultList();
    }

    @Override
    public List<PrimaryStoragePool> primaryStorage(long clusterId) {
        caller.requireOperator();
        return em.createQuery("select p from PrimaryStoragePool p where p.cluster.id = :cluster order by p.name",
                PrimaryStoragePool.class).setParameter("cluster", clusterId).getResultList();
    }

    @Override
    public List<SecondaryStorage> secondaryStorage(long zoneId) {
        caller.requireOperator();
        return em.createQuery("select s from SecondaryStorage s where s.zone.id = :zone order by s.name",
                SecondaryStorage.class).setParameter("zone", zoneId).getResultList();
    }

    @Override
    public List<Network> networks(long zoneId) {
        caller.requireOperator();
        return networksOf(zoneId);
    }

    @Override
    public long createZone(String name, boolean publicZone, Set<String> tenants, PlacementStrategy strategy,
                           AllocationLimits limits) {
        caller.requireOperator();
        Zone zone = new Zone(name, publicZone, tenants, strategy, limits);
        unique("select count(z) from Zone z where z.name = :name", zone.name());
        em.persist(zone);
        return logged(zone.id(), "zone:" + zone.name(), "zone " + zone.name() + " created");
    }

    @Override
    public void changeZone(long zoneId, boolean publicZone, Set<String> tenants, PlacementStrategy strategy,
                           AllocationLimits limits, boolean enabled) {
        caller.requireOperator();
        Zone zone = em.find(Zone.class, zoneId, LockModeType.PESSIMISTIC_WRITE);
        found(zone, "zone " + zoneId);
        zone.change(publicZone, tenants, strategy, limits);
        zone.enable(enabled);
        logged(zoneId, "zone:" + zone.name(), "zone " + zone.name() + " changed");
    }

    @Override
    public long createPod(long zoneId, String name, String gateway, String netmask) {
        caller.requireOperator();
        Zone zone = found(em.find(Zone.class, zoneId), "zone " + zoneId);
        Pod pod = new Pod(zone, name, gateway, netmask);
        unique("select count(p) from Pod p where p.zone.id = " + zoneId + " and p.name = :name", pod.name());
        em.persist(pod);
        return logged(pod.id(), "pod:" + pod.name(), "pod " + pod.name() + " created in " + zone.name());
    }

    @Override
    public long createCluster(long podId, String name, Hypervisor hypervisor, AllocationLimits ownLimits) {
        caller.requireOperator();
        Pod pod = found(em.find(Pod.class, podId), "pod " + podId);
        Cluster cluster = new Cluster(pod, name, hypervisor, ownLimits);
        unique("select count(c) from Cluster c where c.name = :name", cluster.name());
        em.persist(cluster);
        return logged(cluster.id(), "cluster:" + cluster.name(), "cluster " + cluster.name() + " created in "
                + pod.name());
    }

    @Override
    public void changeCluster(long clusterId, AllocationLimits ownLimits, boolean enabled) {
        caller.requireOperator();
        Cluster cluster = found(em.find(Cluster.class, clusterId), "cluster " + clusterId);
        lockZone(cluster.zone());
        cluster.change(ownLimits, enabled);
        logged(clusterId, "cluster:" + cluster.name(), "cluster " + cluster.name() + " changed");
    }

    @Override
    public long addHost(long clusterId, String name, int cores, int mhzPerCore, long ramMib, Set<String> tags) {
        caller.requireOperator();
        Cluster cluster = found(em.find(Cluster.class, clusterId), "cluster " + clusterId);
        Host host = new Host(cluster, name, cores, mhzPerCore, ramMib, tags);
        unique("select count(h) from Host h where h.name = :name", host.name());
        lockZone(cluster.zone());
        em.persist(host);
        return logged(host.id(), "host:" + host.name(), "host " + host.name() + " added to " + cluster.name());
    }

    @Override
    public void changeHost(long hostId, int cores, int mhzPerCore, long ramMib, Set<String> tags) {
        caller.requireOperator();
        Host host = found(em.find(Host.class, hostId), "host " + hostId);
        // Under the zone's lock, so no reservation lands between the check and the change.
        lockZone(host.cluster().zone());
        em.refresh(host);
        AllocationLimits limits = host.cluster().effectiveLimits();
        if ((long) cores * mhzPerCore * limits.cpuOvercommit().doubleValue() < host.allocatedMhz()
                || ramMib * limits.ramOvercommit().doubleValue() < host.allocatedRamMib()) {
            throw new InventoryRefused(InventoryRefused.Reason.CAPACITY_BELOW_ALLOCATED, host.name());
        }
        host.change(cores, mhzPerCore, ramMib, tags);
        logged(hostId, "host:" + host.name(), "host " + host.name() + " changed: " + cores + " cores × " + mhzPerCore
                + " MHz, " + ramMib
                + " MiB, tags " + tags);
    }

    @Override
    public void changeHostState(long hostId, HostState state) {
        caller.requireOperator();
        if (state == null) {
            throw new InventoryRefused(InventoryRefused.Reason.NOT_FOUND, "no state");
        }
        Host host = found(em.find(Host.class, hostId), "host " + hostId);
        host.changeState(state);
        logged(hostId, "host:" + host.name(), "host " + host.name() + " is now " + state);
    }

    @Override
    public long addPrimaryStorage(long clusterId, String name, long capacityGb, Set<String> tags) {
        caller.requireOperator();
        Cluster cluster = found(em.find(Cluster.class, clusterId), "cluster " + clusterId);
        PrimaryStoragePool pool = new PrimaryStoragePool(cluster, name, capacityGb, tags);
        unique("select count(p) from PrimaryStoragePool p where p.name = :name", pool.name());
        em.persist(pool);
        return logged(pool.id(), "primary-storage:" + pool.name(), "primary storage " + pool.name() + " added to "
                + cluster.name());
    }

    @Override
    public long addSecondaryStorage(long zoneId, String name, String url, long capacityGb) {
        caller.requireOperator();
        Zone zone = found(em.find(Zone.class, zoneId), "zone " + zoneId);
        SecondaryStorage storage = new SecondaryStorage(zone, name, url, capacityGb);
        unique("select count(s) from SecondaryStorage s where s.name = :name", storage.name());
        em.persist(storage);
        return logged(storage.id(), "secondary-storage:" + storage.name(), "secondary storage " + storage.name()
                + " added to " + zone.name());
    }

    @Override
    public long addNetwork(long zoneId, NewNetwork n) {
        caller.requireOperator();
        Zone zone = found(em.find(Zone.class, zoneId), "zone " + zoneId);
        Network network = new Network(zone, n.name(), new VlanRange(n.vlanFirst(), n.vlanLast()), n.cidr(),
                n.gateway(), n.sourceNat(), n.dhcp(), n.dns1(), n.dns2(), n.dnsDomain());
        unique("select count(n) from Network n where n.zone.id = " + zoneId + " and n.name = :name", network.name());
        network.checkAgainst(networksOf(zoneId));
        em.persist(network);
        return logged(network.id(), "network:" + network.name(), "network " + network.name() + " (VLAN "
                + network.vlans() + ") added to " + zone.name());
    }

    @Override
    public void addPublicIpRange(long networkId, String firstIp, String lastIp) {
        caller.requireOperator();
        Network network = found(em.find(Network.class, networkId), "network " + networkId);
        network.addPublicRange(new IpRange(firstIp, lastIp));
        network.checkAgainst(networksOf(network.zone().id()));
        logged(networkId, "network:" + network.name(), "public IPs " + firstIp + "-" + lastIp + " added to "
                + network.name());
    }

    @Override
    public void addNetworkRule(long networkId, NetworkRule.Kind kind, String protocol, int portFirst, int portLast,
                               String sourceCidr, String target) {
        caller.requireOperator();
        Network network = found(em.find(Network.class, networkId), "network " + networkId);
        network.addRule(kind, protocol, portFirst, portLast, sourceCidr, target);
        logged(networkId, "network:" + network.name(), kind + " rule " + protocol + " " + portFirst + "-" + portLast
                + " added to " + network.name());
    }

    @Override
    public void removeNetworkRule(long ruleId) {
        caller.requireOperator();
        NetworkRule rule = em.find(NetworkRule.class, ruleId);
        if (rule == null) {
            throw new InventoryRefused(InventoryRefused.Reason.RULE_NOT_FOUND, "rule " + ruleId);
        }
        Network network = rule.network();
        network.removeRule(rule);
        logged(network.id(), "network:" + network.name(), rule.kind() + " rule " + rule.protocol() + " "
                + rule.portFirst() + "-" + rule.portLast() + " from " + rule.source() + " removed from "
                + network.name());
    }

    private List<Network> networksOf(long zoneId) {
        return em.createQuery("select n from Network n where n.zone.id = :zone order by n.name", Network.class)
                .setParameter("zone", zoneId).getResultList();
    }

    private void lockZone(Zone zone) {
        em.lock(zone, LockModeType.PESSIMISTIC_WRITE);
    }

    private void unique(String countQuery, String name) {
        if (em.createQuery(countQuery, Long.class).setParameter("name", name).getSingleResult() > 0) {
            throw new InventoryRefused(InventoryRefused.Reason.NAME_TAKEN, name);
        }
    }

    private static <T> T found(T entity, String what) {
        if (entity == null) {
            throw new InventoryRefused(InventoryRefused.Reason.NOT_FOUND, what);
        }
        return entity;
    }

    /** Logs and audits a change that passed every check (refused ones roll back and leave no entry). */
    private long logged(Long id, String target, String what) {
        em.flush();
        LOG.info(() -> "Cloud inventory: " + what + " by " + caller.name());
        audit.record(AuditAction.CLOUD_INVENTORY_CHANGED, target, what);
        return id == null ? 0 : id;
    }
}
