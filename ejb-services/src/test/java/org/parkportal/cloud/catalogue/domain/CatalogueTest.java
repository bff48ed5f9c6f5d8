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
}
