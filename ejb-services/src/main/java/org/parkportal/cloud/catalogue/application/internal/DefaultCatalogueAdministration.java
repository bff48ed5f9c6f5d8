package org.parkportal.cloud.catalogue.application.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.logging.Logger;
import org.parkportal.audit.application.AuditLog;
import org.parkportal.audit.domain.AuditAction;
import org.parkportal.billing.application.PriceQuotation;
import org.parkportal.cloud.application.internal.CloudCaller;
import org.parkportal.cloud.catalogue.application.CatalogueAdministration;
import org.parkportal.cloud.catalogue.application.CatalogueEntry;
import org.parkportal.cloud.catalogue.application.CatalogueEntry.Figures;
import org.parkportal.cloud.catalogue.application.CatalogueEntry.Kind;
import org.parkportal.cloud.catalogue.application.NewComputeOffering;
import org.parkportal.cloud.catalogue.domain.BillingItems;
import org.parkportal.cloud.catalogue.domain.CatalogueRefused;
import org.parkportal.cloud.catalogue.domain.ComputeOffering;
import org.parkportal.cloud.catalogue.domain.DiskOffering;
import org.parkportal.cloud.catalogue.domain.Iso;
import org.parkportal.cloud.catalogue.domain.NetworkOffering;
import org.parkportal.cloud.catalogue.domain.StoredImage;
import org.parkportal.cloud.catalogue.domain.Template;
import org.parkportal.cloud.inventory.domain.InventoryRefused;
import org.parkportal.cloud.inventory.domain.SecondaryStorage;

/** Every method checks first that the caller operates the cloud; every change is logged and audited with who made it. */
@Stateless
public class DefaultCatalogueAdministration implements CatalogueAdministration {

    private static final Logger LOG = Logger.getLogger(DefaultCatalogueAdministration.class.getName());

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @EJB
    private CloudCaller caller;

    @EJB
    private AuditLog audit;

    @EJB
    private PriceQuotation prices;

    @Override
    public List<CatalogueEntry> items() {
        caller.requireOperator();
        List<CatalogueEntry> items = new ArrayList<>();
        em.createQuery("select o from ComputeOffering o", ComputeOffering.class).getResultList()
                .forEach(o -> items.add(entry(o)));
        em.createQuery("select o from DiskOffering o", DiskOffering.class).getResultList()
                .forEach(o -> items.add(entry(o)));
        em.createQuery("select t from Template t", Template.class).getResultList()
                .forEach(t -> items.add(entry(Kind.TEMPLATE, t)));
        em.createQuery("select i from Iso i", Iso.class).getResultList().forEach(i -> items.add(entry(Kind.ISO, i)));
        em.createQuery("select o from NetworkOffering o", NetworkOffering.class).getResultList()
                .forEach(o -> items.add(entry(o)));
        items.sort(Comparator.comparing(CatalogueEntry::kind).thenComparing(CatalogueEntry::name)
                .thenComparing(e -> String.valueOf(e.zone())));
        return items;
    }

    @Override
    public long createComputeOffering(NewComputeOffering n) {
        caller.requireOperator();
        ComputeOffering offering = n.custom()
                ? ComputeOffering.custom(n.code(), n.name(), n.minVcpus(), n.maxVcpus(), n.minRamMib(),
                        n.maxRamMib(), n.mhzPerVcpu(), n.hostTags(), n.storageTags(), n.strategy(), n.tenants())
                : ComputeOffering.fixed(n.code(), n.name(), n.minVcpus(), n.mhzPerVcpu(), n.minRamMib(), n.hostTags(),
                        n.storageTags(), n.strategy(), n.tenants());
        uniqueCode("select count(o) from ComputeOffering o where o.code = :code", offering.code());
        priced(offering.runningItem());
        priced(offering.allocatedItem());
        em.persist(offering);
        return logged(offering.id(), "offering:" + offering.code(), "compute offering " + offering.code()
                + " created (" + describe(entry(offering)) + ")");
    }

    @Override
    public long createDiskOffering(String code, String name, boolean custom, long minGb, long maxGb,
                                   Set<String> storageTags, Set<String> tenants) {
        caller.requireOperator();
        DiskOffering offering = new DiskOffering(code, name, custom, minGb, custom ? maxGb : minGb, storageTags,
                tenants);
        uniqueCode("select count(o) from DiskOffering o where o.code = :code", offering.code());
        priced(offering.billingItem());
        em.persist(offering);
        return logged(offering.id(), "disk-offering:" + offering.code(), "disk offering " + offering.code()
                + " created (" + describe(entry(offering)) + ")");
    }

    @Override
    public long registerImage(long secondaryStorageId, boolean iso, String name, String osType, long sizeGb,
                              Set<String> tenants) {
        caller.requireOperator();
        SecondaryStorage storage = em.find(SecondaryStorage.class, secondaryStorageId);
        if (storage == null) {
            throw new InventoryRefused(InventoryRefused.Reason.NOT_FOUND, "secondary storage " + secondaryStorageId);
        }
        StoredImage image = iso ? new Iso(storage, name, osType, sizeGb, tenants)
                : new Template(storage, name, osType, sizeGb, tenants);
        String entity = iso ? "Iso" : "Template";
        if (em.createQuery("select count(i) from " + entity + " i where i.storage.id = :storage and i.name = :name",
                Long.class).setParameter("storage", secondaryStorageId).setParameter("name", image.name())
                .getSingleResult() > 0) {
            throw new InventoryRefused(InventoryRefused.Reason.NAME_TAKEN, image.name());
        }
        // A new VM's root disk is a copy of the template, billed as volume GB.
        priced(BillingItems.VOLUME_GB);
        em.persist(image);
        String kind = iso ? "iso" : "template";
        return logged(image.id(), kind + ":" + image.name(), kind + " " + image.name() + " (" + image.osType() + ", "
                + image.sizeGb() + " GB) registered in " + storage.name() + " of " + storage.zone().name()
                + visibility(image.tenants()));
    }

    @Override
    public long createNetworkOffering(String code, String name, boolean sourceNat, boolean firewall,
                                      boolean loadBalancer, boolean dhcp, boolean dns, Set<String> tenants) {
        caller.requireOperator();
        NetworkOffering offering = new NetworkOffering(code, name, sourceNat, firewall, loadBalancer, dhcp, dns,
                tenants);
        uniqueCode("select count(o) from NetworkOffering o where o.code = :code", offering.code());
        priced(offering.billingItem());
        em.persist(offering);
        return logged(offering.id(), "network-offering:" + offering.code(), "network offering " + offering.code()
                + " created (" + describe(entry(offering)) + ")");
    }

    @Override
    public void changeVisibility(Kind kind, long id, Set<String> tenants) {
        caller.requireOperator();
        Item item = item(kind, id);
        item.changeVisibility().accept(tenants);
        logged(id, item.target(), item.target() + " now visible to " + (tenants == null || tenants.isEmpty()
                ? "all tenants" : String.join(", ", new TreeSet<>(tenants))));
    }

    @Override
    public void retire(Kind kind, long id) {
        caller.requireOperator();
        Item item = item(kind, id);
        if (item.retired()) {
            return;
        }
        item.retire().run();
        logged(id, item.target(), item.target() + " retired");
    }

    /** An item of any kind, for the changes all kinds share. */
    private record Item(String target, boolean retired, Consumer<Set<String>> changeVisibility,
                        Runnable retire) {
    }

    private Item item(Kind kind, long id) {
        if (kind == null) {
            throw new CatalogueRefused(CatalogueRefused.Reason.NOT_FOUND, "no kind");
        }
        return switch (kind) {
            case COMPUTE -> {
                ComputeOffering o = found(em.find(ComputeOffering.class, id), kind, id);
                yield new Item("offering:" + o.code(), o.retired(), o::changeVisibility, o::retire);
            }
            case DISK -> {
                DiskOffering o = found(em.find(DiskOffering.class, id), kind, id);
                yield new Item("disk-offering:" + o.code(), o.retired(), o::changeVisibility, o::retire);
            }
            case TEMPLATE -> {
                Template t = found(em.find(Template.class, id), kind, id);
                yield new Item("template:" + t.name(), t.retired(), t::changeVisibility, t::retire);
            }
            case ISO -> {
                Iso i = found(em.find(Iso.class, id), kind, id);
                yield new Item("iso:" + i.name(), i.retired(), i::changeVisibility, i::retire);
            }
            case NETWORK -> {
                NetworkOffering o = found(em.find(NetworkOffering.class, id), kind, id);
                yield new Item("network-offering:" + o.code(), o.retired(), o::changeVisibility, o::retire);
            }
        };
    }

    private static <T> T found(T entity, Kind kind, long id) {
        if (entity == null) {
            throw new CatalogueRefused(CatalogueRefused.Reason.NOT_FOUND, kind + " " + id);
        }
        return entity;
    }

    private void uniqueCode(String countQuery, String code) {
        if (em.createQuery(countQuery, Long.class).setParameter("code", code).getSingleResult() > 0) {
            throw new CatalogueRefused(CatalogueRefused.Reason.CODE_TAKEN, code);
        }
    }

    /** Refuses an item nobody could be charged for: billing has no rate plan for it (not even from a later day). */
    private void priced(String billingItem) {
        if (prices.pricedFrom(billingItem).isEmpty()) {
            throw new CatalogueRefused(CatalogueRefused.Reason.UNPRICED_ITEM, "no rate plan for " + billingItem,
                    List.of(billingItem));
        }
    }

    private static CatalogueEntry entry(ComputeOffering o) {
        return new CatalogueEntry(Kind.COMPUTE, id(o.id()), o.code(), o.name(), new Figures(o.custom(), o.minVcpus(),
                o.maxVcpus(), o.mhzPerVcpu(), o.minRamMib(), o.maxRamMib(), 0, 0, o.hostTags(), o.storageTags(),
                o.strategy() == null ? null : o.strategy().name(), null, false, false, false, false, false), null,
                o.tenants(), List.of(o.runningItem(), o.allocatedItem()), o.retired());
    }

    private static CatalogueEntry entry(DiskOffering o) {
        return new CatalogueEntry(Kind.DISK, id(o.id()), o.code(), o.name(), new Figures(o.custom(), 0, 0, 0, 0, 0,
                o.minGb(), o.maxGb(), Set.of(), o.storageTags(), null, null, false, false, false, false, false), null,
                o.tenants(), List.of(o.billingItem()), o.retired());
    }

    private static CatalogueEntry entry(Kind kind, StoredImage i) {
        return new CatalogueEntry(kind, id(i.id()), null, i.name(), new Figures(false, 0, 0, 0, 0, 0, i.sizeGb(),
                i.sizeGb(), Set.of(), Set.of(), null, i.osType(), false, false, false, false, false),
                i.storage().zone().name(), i.tenants(), List.of(), i.retired());
    }

    private static CatalogueEntry entry(NetworkOffering o) {
        return new CatalogueEntry(Kind.NETWORK, id(o.id()), o.code(), o.name(), new Figures(false, 0, 0, 0, 0, 0, 0, 0,
                Set.of(), Set.of(), null, null, o.sourceNat(), o.firewall(), o.loadBalancer(), o.dhcp(), o.dns()),
                null, o.tenants(), List.of(o.billingItem()), o.retired());
    }

    private static long id(Long id) {
        return id == null ? 0 : id;
    }

    /** For the audit log: the item's figures in a line. */
    private static String describe(CatalogueEntry e) {
        Figures f = e.figures();
        String size = switch (e.kind()) {
            case COMPUTE -> (f.custom() ? "custom " + f.minVcpus() + "-" + f.maxVcpus() + " vCPU, " + f.minRamMib()
                    + "-" + f.maxRamMib() + " MiB" : f.minVcpus() + " vCPU, " + f.minRamMib() + " MiB") + " at "
                    + f.mhzPerVcpu() + " MHz";
            case DISK -> f.custom() ? "custom " + f.minGb() + "-" + f.maxGb() + " GB" : f.minGb() + " GB";
            case NETWORK -> "source NAT " + f.sourceNat() + ", firewall " + f.firewall() + ", load balancer "
                    + f.loadBalancer();
            default -> f.minGb() + " GB";
        };
        return size + visibility(e.tenants());
    }

    private static String visibility(Set<String> tenants) {
        return tenants.isEmpty() ? ", all tenants" : ", for " + String.join(", ", new TreeSet<>(tenants));
    }

    /** Logs and audits a change that passed every check (refused ones roll back and leave no entry). */
    private long logged(Long id, String target, String what) {
        em.flush();
        LOG.info(() -> "Cloud catalogue: " + what + " by " + caller.name());
        audit.record(AuditAction.CLOUD_INVENTORY_CHANGED, target, what);
        return id == null ? 0 : id;
    }
}
