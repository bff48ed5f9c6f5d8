package org.parkportal.cloud.catalogue.application;

import jakarta.ejb.Local;
import java.util.List;
import java.util.Set;
import org.parkportal.cloud.catalogue.domain.CatalogueRefused;
import org.parkportal.cloud.inventory.domain.InventoryRefused;

/**
 * The catalogue for the cloud's operators (portal administrators and it-ops; everyone else is refused with
 * {@link InventoryRefused} NOT_ALLOWED): every item with its visibility, retired ones included; new compute, disk and
 * network offerings, templates and ISOs registered in a zone's secondary storage; who may order an item; retiring
 * one. An offering is refused ({@link CatalogueRefused} UNPRICED_ITEM, naming the item) while one of its billing
 * items has no rate plan, so nothing orderable is unpriced. Retiring never deletes: VMs, volumes and orders keep
 * their item, tenants just cannot order it any more. Bad input is refused with a reason CloudTexts translates;
 * creating methods answer the new id. Every change is audited.
 */
@Local
public interface CatalogueAdministration {

    /** Every item of every kind, retired ones included: by kind, then name. */
    List<CatalogueEntry> items();

    long createComputeOffering(NewComputeOffering offering);

    /** @param custom true: the order chooses a size from {@code minGb} to {@code maxGb}; false: both are the size */
    long createDiskOffering(String code, String name, boolean custom, long minGb, long maxGb, Set<String> storageTags,
                            Set<String> tenants);

    /** A template (iso false) or an ISO, stored in that secondary storage (and so orderable in its zone). */
    long registerImage(long secondaryStorageId, boolean iso, String name, String osType, long sizeGb,
                       Set<String> tenants);

    long createNetworkOffering(String code, String name, boolean sourceNat, boolean firewall, boolean loadBalancer,
                               boolean dhcp, boolean dns, Set<String> tenants);

    /** @param tenants empty: every tenant */
    void changeVisibility(CatalogueEntry.Kind kind, long id, Set<String> tenants);

    /** No longer orderable; existing VMs, volumes and orders keep it. Retiring twice changes nothing. */
    void retire(CatalogueEntry.Kind kind, long id);
}
