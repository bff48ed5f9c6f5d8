package org.parkportal.cloud.catalogue.application;

import jakarta.ejb.Local;
import java.util.List;
import org.parkportal.cloud.catalogue.application.CatalogueItems.ComputeChoice;
import org.parkportal.cloud.catalogue.application.CatalogueItems.DiskChoice;
import org.parkportal.cloud.catalogue.application.CatalogueItems.ImageChoice;
import org.parkportal.cloud.catalogue.application.CatalogueItems.Orderable;
import org.parkportal.cloud.catalogue.application.CatalogueItems.ZoneChoice;
import org.parkportal.cloud.catalogue.domain.CatalogueRefused;

/**
 * What the signed-in caller's tenant may order, visibility applied here: public zones and the private zones open
 * to the tenant (enabled ones only), items visible to all or to the tenant. Something a tenant may not see is
 * refused exactly like something that does not exist ({@link CatalogueRefused} NOT_FOUND). Cloud operators (no
 * tenant needed) see everything orderable. A caller without a tenant who is no operator sees nothing. Retired items
 * are orderable by nobody: they are refused like missing ones (VMs that have one keep it).
 */
@Local
public interface Catalogue {

    List<ZoneChoice> zones();

    Orderable orderable(long zoneId);

    /** One compute offering, for an order (its size and billing items). */
    ComputeChoice computeOffering(long offeringId);

    DiskChoice diskOffering(long offeringId);

    /** A template of the given zone's secondary storage. */
    ImageChoice template(long zoneId, long templateId);
}
