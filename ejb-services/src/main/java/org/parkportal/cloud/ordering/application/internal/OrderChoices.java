package org.parkportal.cloud.ordering.application.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.parkportal.cloud.catalogue.application.Catalogue;
import org.parkportal.cloud.catalogue.application.CatalogueItems.ComputeChoice;
import org.parkportal.cloud.catalogue.application.CatalogueItems.DiskChoice;
import org.parkportal.cloud.catalogue.application.CatalogueItems.ImageChoice;
import org.parkportal.cloud.catalogue.application.CatalogueItems.NetworkChoice;
import org.parkportal.cloud.catalogue.domain.CatalogueRefused;
import org.parkportal.cloud.ordering.application.OrderDraft;
import org.parkportal.cloud.ordering.domain.OrderRefused;
import org.parkportal.cloud.ordering.domain.ServerSpec;
import org.parkportal.cloud.ordering.domain.TenantLimits;

/**
 * Turns the user's choice into a {@link ServerSpec} through the caller's view of the catalogue, so an item the
 * tenant may not order is refused as NOT_ORDERABLE whether it exists or not, and a custom size out of the
 * offering's range as INVALID_INPUT.
 */
@Stateless
public class OrderChoices {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @EJB
    private Catalogue catalogue;

    public ServerSpec resolve(OrderDraft draft) {
        try {
            ImageChoice template = catalogue.template(draft.zoneId(), draft.templateId());
            ComputeChoice offering = catalogue.computeOffering(draft.offeringId());
            int vcpus = offering.custom() ? within("vcpus", draft.vcpus(), offering.minVcpus(), offering.maxVcpus())
                    : offering.minVcpus();
            long ramMib = offering.custom() ? within("ramMib", draft.ramMib(), offering.minRamMib(),
                    offering.maxRamMib()) : offering.minRamMib();
            Long diskOffering = draft.diskOfferingId();
            long diskGb = 0;
            if (diskOffering != null) {
                DiskChoice disk = catalogue.diskOffering(diskOffering);
                diskGb = disk.custom() ? within("diskGb", draft.diskGb(), disk.minGb(), disk.maxGb()) : disk.minGb();
            }
            Long network = draft.networkOfferingId();
            if (network != null && catalogue.orderable(draft.zoneId()).networkOfferings().stream()
                    .map(NetworkChoice::id).noneMatch(network::equals)) {
                throw new OrderRefused(OrderRefused.Reason.NOT_ORDERABLE);
            }
            return new ServerSpec(draft.name(), draft.zoneId(), template.id(), offering.id(), network, diskOffering,
                    vcpus, ramMib, template.sizeGb(), diskGb);
        } catch (CatalogueRefused e) {
            throw e.reason() == CatalogueRefused.Reason.OUT_OF_RANGE
                    ? new OrderRefused(OrderRefused.Reason.INVALID_INPUT, "size")
                    : new OrderRefused(OrderRefused.Reason.NOT_ORDERABLE);
        }
    }

    /** The row to lock for a tenant's first order; a concurrent first order may have made it already. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void createLimitsRow(String tenant) {
        if (em.find(TenantLimits.class, tenant) == null) {
            em.persist(TenantLimits.approvalForAll(tenant));
        }
    }

    private static int within(String what, Integer value, int min, int max) {
        return (int) within(what, value == null ? null : value.longValue(), min, max);
    }

    private static long within(String what, Long value, long min, long max) {
        if (value == null || value < min || value > max) {
            throw new OrderRefused(OrderRefused.Reason.INVALID_INPUT, what, min, max);
        }
        return value;
    }
}
