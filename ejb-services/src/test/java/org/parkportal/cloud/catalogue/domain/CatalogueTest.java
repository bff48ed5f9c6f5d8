package org.parkportal.cloud.catalogue.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Offerings name the billing items metering and billing agree on, and keep custom sizes within their limits. */
class CatalogueTest {

    @Test
    void computeOfferingsNameTheirRunningAndAllocatedItems() {
        ComputeOffering small = ComputeOffering.fixed("small", "Small", 1, 2000, 1024, Set.of(), null, Set.of());
        assertEquals(List.of("vm.running.small", "vm.allocated.small"), List.of(small.runningItem(), small.allocatedItem()));
        assertEquals(new ComputeOffering.Size(1, 2000, 1024), small.size(null, null));
        assertEquals("volume.gb", new DiskOffering("data-50", "Data", false, 50, 50, Set.of(), Set.of()).billingItem());
        assertEquals("ip.public", new NetworkOffering("isolated", "Isolated", true, true, true, true, true, Set.of())
                .billingItem());
    }

    @Test
    void aCustomOfferingTakesSizesOnlyWithinItsLimits() {
        ComputeOffering custom = ComputeOffering.custom("custom", "Custom", 1, 8, 512, 16384, 2000, null, Set.of());
        assertEquals(new ComputeOffering.Size(8, 2000, 16384), custom.size(8, 16384L));
        assertEquals(CatalogueRefused.Reason.OUT_OF_RANGE,
                assertThrows(CatalogueRefused.class, () -> custom.size(9, 1024L)).reason());
        assertEquals(CatalogueRefused.Reason.OUT_OF_RANGE,
                assertThrows(CatalogueRefused.class, () -> custom.size(2, 256L)).reason());
        DiskOffering disk = new DiskOffering("data-custom", "Data", true, 10, 1000, Set.of(), Set.of());
        assertEquals(100, disk.size(100L));
        assertThrows(CatalogueRefused.class, () -> disk.size(5000L));
    }

    @Test
    void anOfferingForChosenTenantsIsInvisibleToOthers() {
        ComputeOffering gpu = ComputeOffering.fixed("gpu", "GPU", 8, 2000, 65536, Set.of("gpu"), null, Set.of("acme"));
        assertEquals(List.of(true, false), List.of(gpu.visibleTo("acme"), gpu.visibleTo("globex")));
        assertEquals(true, ComputeOffering.fixed("small", "S", 1, 2000, 1024, Set.of(), null, Set.of()).visibleTo("globex"));
    }

    @Test
    void aRetiredItemKeepsItsFiguresAndAVisibilityChangeReplacesTheTenants() {
        ComputeOffering gpu = ComputeOffering.fixed("gpu", "GPU", 8, 2000, 65536, Set.of("gpu"), Set.of("ssd"), null,
                Set.of("acme"));
        assertEquals(Set.of("ssd"), gpu.storageTags());
        gpu.changeVisibility(Set.of("globex"));
        assertEquals(List.of(false, true), List.of(gpu.visibleTo("acme"), gpu.visibleTo("globex")));
        gpu.changeVisibility(Set.of());
        assertEquals(true, gpu.visibleTo("acme"), "no tenants listed: all");
        gpu.retire();
        assertEquals(true, gpu.retired());
        assertEquals(new ComputeOffering.Size(8, 2000, 65536), gpu.size(null, null), "its VMs keep their size");
    }

    @Test
    void badCodesAndRangesAreRefusedWithTheirOwnReasons() {
        assertEquals(CatalogueRefused.Reason.INVALID_CODE, assertThrows(CatalogueRefused.class,
                () -> ComputeOffering.fixed("Big One", "Big", 1, 2000, 1024, Set.of(), null, Set.of())).reason());
        assertEquals(CatalogueRefused.Reason.INVALID_CODE, assertThrows(CatalogueRefused.class,
                () -> new DiskOffering("data_1", "Data", false, 10, 10, Set.of(), Set.of())).reason());
        assertEquals(CatalogueRefused.Reason.INVALID_RANGE, assertThrows(CatalogueRefused.class,
                () -> ComputeOffering.custom("flex", "Flex", 4, 2, 512, 1024, 2000, null, Set.of())).reason());
        assertEquals(CatalogueRefused.Reason.INVALID_RANGE, assertThrows(CatalogueRefused.class,
                () -> new DiskOffering("data", "Data", true, 100, 10, Set.of(), Set.of())).reason());
    }
}
