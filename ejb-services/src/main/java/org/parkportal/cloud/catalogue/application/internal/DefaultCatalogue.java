package org.parkportal.cloud.catalogue.application.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.function.Predicate;
import org.parkportal.cloud.application.internal.CloudCaller;
import org.parkportal.cloud.catalogue.application.Catalogue;
import org.parkportal.cloud.catalogue.application.CatalogueItems;
import org.parkportal.cloud.catalogue.application.CatalogueItems.ComputeChoice;
import org.parkportal.cloud.catalogue.application.CatalogueItems.DiskChoice;
import org.parkportal.cloud.catalogue.application.CatalogueItems.ImageChoice;
import org.parkportal.cloud.catalogue.application.CatalogueItems.Orderable;
import org.parkportal.cloud.catalogue.application.CatalogueItems.ZoneChoice;
import org.parkportal.cloud.catalogue.domain.CatalogueRefused;
import org.parkportal.cloud.catalogue.domain.ComputeOffering;
import org.parkportal.cloud.catalogue.domain.DiskOffering;
import org.parkportal.cloud.catalogue.domain.Iso;
import org.parkportal.cloud.catalogue.domain.NetworkOffering;
import org.parkportal.cloud.catalogue.domain.Template;
import org.parkportal.cloud.inventory.domain.Zone;

/** Reads everything orderable (the catalogue is small; retired items never are) and filters by the caller's tenant. */
@Stateless
public class DefaultCatalogue implements Catalogue {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @EJB
    private CloudCaller caller;

    @Override
    public List<ZoneChoice> zones() {
        Viewer viewer = viewer();
        return em.createQuery("select z from Zone z where z.enabled = true order by z.name", Zone.class)
                .getResultList().stream().filter(z -> viewer.sees(z)).map(z -> new ZoneChoice(z.id(), z.name()))
                .toList();
    }

    @Override
    public Orderable orderable(long zoneId) {
        Viewer viewer = viewer();
        Zone zone = zone(zoneId, viewer);
        List<ImageChoice> templates = em.createQuery("select t from Template t where t.storage.zone.id = :zone "
                + "and t.retired = false order by t.name", Template.class).setParameter("zone", zoneId).getResultList().stream()
                .filter(t -> viewer.sees(t::visibleTo)).map(CatalogueItems::image).toList();
        List<ImageChoice> isos = em.createQuery("select i from Iso i where i.storage.zone.id = :zone "
                + "and i.retired = false order by i.name",
                Iso.class).setParameter("zone", zoneId).getResultList().stream()
                .filter(i -> viewer.sees(i::visibleTo)).map(CatalogueItems::image).toList();
        List<ComputeChoice> compute = em.createQuery("select o from ComputeOffering o where o.retired = false order by o.id",
                ComputeOffering.class).getResultList().stream().filter(o -> viewer.sees(o::visibleTo))
                .map(CatalogueItems::compute).toList();
        List<DiskChoice> disks = em.createQuery("select o from DiskOffering o where o.retired = false order by o.id", DiskOffering.class)
                .getResultList().stream().filter(o -> viewer.sees(o::visibleTo)).map(CatalogueItems::disk).toList();
        var networks = em.createQuery("select o from NetworkOffering o where o.retired = false order by o.id", NetworkOffering.class)
                .getResultList().stream().filter(o -> viewer.sees(o::visibleTo)).map(CatalogueItems::network)
                .toList();
        return new Orderable(new ZoneChoice(zone.id(), zone.name()), templates, isos, compute, disks, networks);
    }

    @Override
    public ComputeChoice computeOffering(long offeringId) {
        Viewer viewer = viewer();
        ComputeOffering o = em.find(ComputeOffering.class, offeringId);
        if (o == null || o.retired() || !viewer.sees(o::visibleTo)) {
            throw new CatalogueRefused(CatalogueRefused.Reason.NOT_FOUND, "compute offering " + offeringId);
        }
        return CatalogueItems.compute(o);
    }

    @Override
    public DiskChoice diskOffering(long offeringId) {
        Viewer viewer = viewer();
        DiskOffering o = em.find(DiskOffering.class, offeringId);
        if (o == null || o.retired() || !viewer.sees(o::visibleTo)) {
            throw new CatalogueRefused(CatalogueRefused.Reason.NOT_FOUND, "disk offering " + offeringId);
        }
        return CatalogueItems.disk(o);
    }

    @Override
    public ImageChoice template(long zoneId, long templateId) {
        Viewer viewer = viewer();
        zone(zoneId, viewer);
        Template t = em.find(Template.class, templateId);
        if (t == null || t.retired() || t.zoneId() != zoneId || !viewer.sees(t::visibleTo)) {
            throw new CatalogueRefused(CatalogueRefused.Reason.NOT_FOUND, "template " + templateId);
        }
        return CatalogueItems.image(t);
    }

    private Zone zone(long zoneId, Viewer viewer) {
        Zone zone = em.find(Zone.class, zoneId);
        if (zone == null || !zone.enabled() || !viewer.sees(zone)) {
            throw new CatalogueRefused(CatalogueRefused.Reason.NOT_FOUND, "zone " + zoneId);
        }
        return zone;
    }

    private Viewer viewer() {
        return new Viewer(caller.tenant().orElse(null), caller.operator());
    }

    /** A tenant sees what is visible to it; an operator sees everything; anyone else nothing. */
    private record Viewer(String tenant, boolean operator) {
        boolean sees(Zone zone) {
            return operator || (tenant != null && zone.visibleTo(tenant));
        }

        boolean sees(Predicate<String> visibleTo) {
            return operator || (tenant != null && visibleTo.test(tenant));
        }
    }
}
