package org.parkportal.cloud.catalogue.application;

import java.util.List;
import org.parkportal.cloud.catalogue.domain.ComputeOffering;
import org.parkportal.cloud.catalogue.domain.DiskOffering;
import org.parkportal.cloud.catalogue.domain.Iso;
import org.parkportal.cloud.catalogue.domain.NetworkOffering;
import org.parkportal.cloud.catalogue.domain.Template;
import org.parkportal.cloud.placement.domain.PlacementStrategy;

/**
 * What a tenant sees of the catalogue: plain values without other tenants' names (entities carry their visibility
 * lists, which must not reach another tenant's page or API answer).
 */
public final class CatalogueItems {

    private CatalogueItems() {
    }

    public record ZoneChoice(long id, String name) {
    }

    /** For a fixed offering min = max = the size. {@code strategy} null: the zone's. */
    public record ComputeChoice(long id, String code, String name, boolean custom, int minVcpus, int maxVcpus,
                                int mhzPerVcpu, long minRamMib, long maxRamMib, PlacementStrategy strategy,
                                String runningItem, String allocatedItem) {
        static ComputeChoice of(ComputeOffering o) {
            return new ComputeChoice(o.id(), o.code(), o.name(), o.custom(), o.minVcpus(), o.maxVcpus(),
                    o.mhzPerVcpu(), o.minRamMib(), o.maxRamMib(), o.strategy(), o.runningItem(), o.allocatedItem());
        }
    }

    public record DiskChoice(long id, String code, String name, boolean custom, long minGb, long maxGb,
                             String billingItem) {
        static DiskChoice of(DiskOffering o) {
            return new DiskChoice(o.id(), o.code(), o.name(), o.custom(), o.minGb(), o.maxGb(), o.billingItem());
        }
    }

    /** A template (iso false) or an ISO of the zone's secondary storage. */
    public record ImageChoice(long id, String name, String osType, long sizeGb, boolean iso) {
        static ImageChoice of(Template t) {
            return new ImageChoice(t.id(), t.name(), t.osType(), t.sizeGb(), false);
        }

        static ImageChoice of(Iso i) {
            return new ImageChoice(i.id(), i.name(), i.osType(), i.sizeGb(), true);
        }
    }

    public record NetworkChoice(long id, String code, String name, boolean sourceNat, boolean firewall,
                                boolean loadBalancer, String billingItem) {
        static NetworkChoice of(NetworkOffering o) {
            return new NetworkChoice(o.id(), o.code(), o.name(), o.sourceNat(), o.firewall(), o.loadBalancer(),
                    o.billingItem());
        }
    }

    /** Everything orderable in one zone. */
    public record Orderable(ZoneChoice zone, List<ImageChoice> templates, List<ImageChoice> isos,
                            List<ComputeChoice> computeOfferings, List<DiskChoice> diskOfferings,
                            List<NetworkChoice> networkOfferings) {
    }

    public static ComputeChoice compute(ComputeOffering o) { return ComputeChoice.of(o); }
    public static DiskChoice disk(DiskOffering o) { return DiskChoice.of(o); }
    public static ImageChoice image(Template t) { return ImageChoice.of(t); }
    public static ImageChoice image(Iso i) { return ImageChoice.of(i); }
    public static NetworkChoice network(NetworkOffering o) { return NetworkChoice.of(o); }
}
