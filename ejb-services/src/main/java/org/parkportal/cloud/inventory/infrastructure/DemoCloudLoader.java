package org.parkportal.cloud.inventory.infrastructure;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.Set;
import java.util.logging.Logger;
import org.parkportal.billing.application.BillingSettings;
import org.parkportal.cloud.catalogue.domain.ComputeOffering;
import org.parkportal.cloud.catalogue.domain.DiskOffering;
import org.parkportal.cloud.catalogue.domain.Iso;
import org.parkportal.cloud.catalogue.domain.NetworkOffering;
import org.parkportal.cloud.catalogue.domain.Template;
import org.parkportal.cloud.inventory.application.CloudDemo;
import org.parkportal.cloud.inventory.domain.AllocationLimits;
import org.parkportal.cloud.inventory.domain.Cluster;
import org.parkportal.cloud.inventory.domain.Host;
import org.parkportal.cloud.inventory.domain.Hypervisor;
import org.parkportal.cloud.inventory.domain.IpRange;
import org.parkportal.cloud.inventory.domain.Network;
import org.parkportal.cloud.inventory.domain.NetworkRule;
import org.parkportal.cloud.inventory.domain.Pod;
import org.parkportal.cloud.inventory.domain.PrimaryStoragePool;
import org.parkportal.cloud.inventory.domain.SecondaryStorage;
import org.parkportal.cloud.inventory.domain.VlanRange;
import org.parkportal.cloud.inventory.domain.Zone;
import org.parkportal.cloud.ordering.domain.TenantLimits;
import org.parkportal.cloud.placement.domain.PlacementStrategy;

/**
 * The park's demo cloud, written once (the system, not a user, writes it: no caller check). Park-North (spread) and
 * Park-South (fill first) are public; 8 hosts in KVM and VMware clusters; the catalogue's compute offerings use the
 * billing item codes agreed with metering and billing (small, medium, large, custom).
 */
@Stateless
public class DemoCloudLoader implements CloudDemo {

    private static final Logger LOG = Logger.getLogger(DemoCloudLoader.class.getName());

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public boolean load() {
        if (em.createQuery("select count(z) from Zone z where z.name in ('Park-North', 'Park-South')", Long.class)
                .getSingleResult() > 0) {
            return false;
        }
        Zone north = zone("Park-North", PlacementStrategy.SPREAD, "10.10.0.2");
        Pod n1 = pod(north, "North-P1", "10.10.1.1");
        Pod n2 = pod(north, "North-P2", "10.10.2.1");
        Cluster kvmN = cluster(n1, "KVM-N1", Hypervisor.KVM);
        host(kvmN, "kvm-n1-01", 32, 2400, 262_144, Set.of());
        host(kvmN, "kvm-n1-02", 32, 2400, 262_144, Set.of());
        host(kvmN, "kvm-n1-03", 32, 2400, 262_144, Set.of());
        pool(kvmN, "north-kvm-primary", 8_000, Set.of());
        Cluster vmwN = cluster(n2, "VMW-N2", Hypervisor.VMWARE);
        host(vmwN, "esx-n2-01", 24, 2600, 196_608, Set.of());
        host(vmwN, "esx-n2-02", 24, 2600, 196_608, Set.of("gpu"));
        pool(vmwN, "north-vmw-ssd", 4_000, Set.of("ssd"));
        SecondaryStorage northImages = secondary(north, "north-secondary", "nfs://10.10.0.5/export/secondary");
        network(north, "north-guest", 100, 199, "10.101.0.0/16", "10.101.0.1", "203.0.113.10", "203.0.113.99");

        Zone south = zone("Park-South", PlacementStrategy.FILL_FIRST, "10.20.0.2");
        Pod s1 = pod(south, "South-P1", "10.20.1.1");
        Cluster kvmS = cluster(s1, "KVM-S1", Hypervisor.KVM);
        host(kvmS, "kvm-s1-01", 16, 2400, 131_072, Set.of());
        host(kvmS, "kvm-s1-02", 16, 2400, 131_072, Set.of());
        pool(kvmS, "south-kvm-primary", 4_000, Set.of());
        Cluster vmwS = cluster(s1, "VMW-S2", Hypervisor.VMWARE);
        host(vmwS, "esx-s2-01", 16, 2600, 131_072, Set.of());
        pool(vmwS, "south-vmw-primary", 2_000, Set.of());
        SecondaryStorage southImages = secondary(south, "south-secondary", "nfs://10.20.0.5/export/secondary");
        network(south, "south-guest", 200, 299, "10.102.0.0/16", "10.102.0.1", "198.51.100.10", "198.51.100.99");

        for (SecondaryStorage images : new SecondaryStorage[] {northImages, southImages}) {
            em.persist(new Template(images, "Debian 12", "Debian GNU/Linux 12 (64-bit)", 10, Set.of()));
            em.persist(new Template(images, "Ubuntu 24.04", "Ubuntu 24.04 LTS (64-bit)", 10, Set.of()));
            em.persist(new Template(images, "Windows Server 2022", "Windows Server 2022 (64-bit)", 40, Set.of()));
            em.persist(new Iso(images, "VirtIO drivers", "Other (64-bit)", 1, Set.of()));
            images.use(10 + 10 + 40 + 1);
        }

        em.persist(ComputeOffering.fixed("small", "Small: 1 vCPU, 1 GiB", 1, 2000, 1024, Set.of(), null, Set.of()));
        em.persist(ComputeOffering.fixed("medium", "Medium: 2 vCPU, 4 GiB", 2, 2000, 4096, Set.of(), null, Set.of()));
        em.persist(ComputeOffering.fixed("large", "Large: 4 vCPU, 8 GiB", 4, 2000, 8192, Set.of(), null, Set.of()));
        em.persist(ComputeOffering.custom("custom", "Custom: 1-8 vCPU, 512 MiB-16 GiB", 1, 8, 512, 16_384, 2000,
                null, Set.of()));
        em.persist(new DiskOffering("data-50", "Data disk 50 GB", false, 50, 50, Set.of(), Set.of()));
        em.persist(new DiskOffering("data-custom", "Data disk, 10-1000 GB", true, 10, 1000, Set.of(), Set.of()));
        em.persist(new NetworkOffering("isolated", "Isolated network with source NAT, firewall and load balancer",
                true, true, true, true, true, Set.of()));
        em.flush();
        // Every Acme order needs a manager; Globex approves servers under 50 a month at once.
        String currency = BillingSettings.fromSystemProperties().currency().getCurrencyCode();
        em.persist(new TenantLimits("acme", 20L, 64L, 131_072L, 2_000L, null, null));
        em.persist(new TenantLimits("globex", 5L, 16L, 32_768L, 500L, new BigDecimal("50"), currency));
        LOG.info("Demo cloud loaded: Park-North and Park-South, 8 hosts, the catalogue, Acme's and Globex's limits");
        return true;
    }

    private Zone zone(String name, PlacementStrategy strategy, String dns) {
        Zone zone = new Zone(name, true, Set.of(), strategy, AllocationLimits.defaults());
        zone.dns("9.9.9.9", "1.1.1.1", dns);
        em.persist(zone);
        return zone;
    }

    private Pod pod(Zone zone, String name, String gateway) {
        Pod pod = new Pod(zone, name, gateway, "255.255.255.0");
        em.persist(pod);
        return pod;
    }

    private Cluster cluster(Pod pod, String name, Hypervisor hypervisor) {
        // KVM clusters may hand out twice their physical CPU; VMware ones follow the zone (no overcommit).
        AllocationLimits own = hypervisor == Hypervisor.KVM
                ? new AllocationLimits(null, null, null, new BigDecimal("2.0"), null) : AllocationLimits.inherited();
        Cluster cluster = new Cluster(pod, name, hypervisor, own);
        em.persist(cluster);
        return cluster;
    }

    private void host(Cluster cluster, String name, int cores, int mhz, long ramMib, Set<String> tags) {
        em.persist(new Host(cluster, name, cores, mhz, ramMib, tags));
    }

    private void pool(Cluster cluster, String name, long gb, Set<String> tags) {
        em.persist(new PrimaryStoragePool(cluster, name, gb, tags));
    }

    private SecondaryStorage secondary(Zone zone, String name, String url) {
        SecondaryStorage storage = new SecondaryStorage(zone, name, url, 20_000);
        em.persist(storage);
        return storage;
    }

    private void network(Zone zone, String name, int vlanFirst, int vlanLast, String cidr, String gateway,
                         String firstPublic, String lastPublic) {
        Network network = new Network(zone, name, new VlanRange(vlanFirst, vlanLast), cidr, gateway, true, true,
                "9.9.9.9", "1.1.1.1", "cloud.park.example");
        network.addPublicRange(new IpRange(firstPublic, lastPublic));
        network.addRule(NetworkRule.Kind.FIREWALL, "tcp", 22, 22, "0.0.0.0/0", null);
        network.addRule(NetworkRule.Kind.FIREWALL, "tcp", 443, 443, "0.0.0.0/0", null);
        network.addRule(NetworkRule.Kind.LOAD_BALANCER, "tcp", 80, 80, "0.0.0.0/0", "web-1,web-2");
        em.persist(network);
    }
}
