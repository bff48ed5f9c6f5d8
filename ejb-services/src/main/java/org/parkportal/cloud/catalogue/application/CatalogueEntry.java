package org.parkportal.cloud.catalogue.application;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One catalogue item as its operators see it: kind, code (offerings; null for images), name, a short description of
 * its size or services in figures, the zone of an image, the tenants it is visible to (empty: all), its billing items
 * and whether it is retired.
 */
public record CatalogueEntry(Kind kind, long id, String code, String name, Figures figures, String zone,
                             Set<String> tenants, List<String> billingItems, boolean retired) {

    public enum Kind {
        COMPUTE, DISK, TEMPLATE, ISO, NETWORK
    }

    /**
     * The figures the operators compare, whichever apply to the kind (the rest zero or false): vCPUs and RAM ranges
     * (min = max when fixed), MHz per vCPU, GB range of a disk or an image's size, a network's services.
     */
    public record Figures(boolean custom, int minVcpus, int maxVcpus, int mhzPerVcpu, long minRamMib, long maxRamMib,
                          long minGb, long maxGb, Set<String> hostTags, Set<String> storageTags, String strategy,
                          String osType, boolean sourceNat, boolean firewall, boolean loadBalancer, boolean dhcp,
                          boolean dns) {
    }

    public CatalogueEntry {
        // Sorted, so lists and audit lines read the same each time.
        tenants = Collections.unmodifiableSortedSet(new TreeSet<>(tenants));
        billingItems = List.copyOf(billingItems);
    }

    public boolean visibleToAll() {
        return tenants.isEmpty();
    }
}
