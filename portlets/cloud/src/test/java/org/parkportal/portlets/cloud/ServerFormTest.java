package org.parkportal.portlets.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parkportal.cloud.catalogue.application.CatalogueItems.ComputeChoice;
import org.parkportal.cloud.catalogue.application.CatalogueItems.DiskChoice;
import org.parkportal.cloud.catalogue.application.CatalogueItems.Orderable;
import org.parkportal.cloud.catalogue.application.CatalogueItems.ZoneChoice;
import org.parkportal.cloud.ordering.application.OrderDraft;

/** The order form as typed, turned into what the back office takes; nothing of it is lost on the way. */
class ServerFormTest {

    private static final ComputeChoice SMALL = new ComputeChoice(1, "small", "Small", false, 1, 1, 2000, 1024, 1024,
            null, "vm.running.small", "vm.allocated.small");
    private static final ComputeChoice CUSTOM = new ComputeChoice(4, "custom", "Custom", true, 1, 8, 2000, 512, 16384,
            null, "vm.running.custom", "vm.allocated.custom");
    private static final DiskChoice DATA_50 = new DiskChoice(1, "data-50", "Data 50 GB", false, 50, 50, "volume.gb");
    private static final DiskChoice DATA_CUSTOM = new DiskChoice(2, "data-custom", "Data", true, 10, 1000, "volume.gb");
    private static final Orderable NORTH = new Orderable(new ZoneChoice(7, "Park-North"), List.of(), List.of(),
            List.of(SMALL, CUSTOM), List.of(DATA_50, DATA_CUSTOM), List.of());

    private static ServerForm form(String... pairs) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put(pairs[i], pairs[i + 1]);
        }
        return ServerForm.read(values::get);
    }

    @Test
    void aFixedOfferingIgnoresTheCustomSizesAndNoDiskMeansNone() {
        OrderDraft draft = form("name", " web-1 ", "zone", "7", "template", "3", "offering", "1", "vcpus", "6",
                "ram", "4096").draft(NORTH);
        assertEquals(new OrderDraft("web-1", 7, 3, 1, null, null, null, null, null), draft);
    }

    @Test
    void aCustomOfferingTakesVcpusAndRamAndACustomDiskItsSize() {
        OrderDraft draft = form("name", "db", "zone", "7", "template", "3", "offering", "4", "vcpus", "6",
                "ram", "8192", "disk", "2", "diskGb", "120", "network", "5").draft(NORTH);
        assertEquals(new OrderDraft("db", 7, 3, 4, 6, 8192L, 2L, 120L, 5L), draft);
    }

    @Test
    void aFixedDiskNeedsNoSize() {
        OrderDraft draft = form("name", "db", "zone", "7", "template", "3", "offering", "1", "disk", "1",
                "diskGb", "999").draft(NORTH);
        assertEquals(1L, draft.diskOfferingId());
        assertNull(draft.diskGb());
    }

    @Test
    void aMissingChoiceOrALetterWhereANumberBelongsNamesTheField() {
        FormProblem missing = assertThrows(FormProblem.class,
                () -> form("name", "x", "zone", "7", "offering", "1").draft(NORTH));
        assertEquals(List.of("form.missing", List.of("field.template")), List.of(missing.key(), missing.arguments()));

        FormProblem letters = assertThrows(FormProblem.class, () -> form("name", "x", "zone", "7", "template", "3",
                "offering", "4", "vcpus", "four", "ram", "1024").draft(NORTH));
        assertEquals(List.of("form.notANumber", List.of("field.vcpus")), List.of(letters.key(), letters.arguments()));
    }

    @Test
    void theNameGoesToTheBackOfficeAsTypedForItToJudge() {
        assertEquals("Bad Name!", form("name", "Bad Name!", "zone", "7", "template", "3", "offering", "1")
                .draft(NORTH).name());
    }

    @Test
    void anOfferingOfAnotherZoneIsPassedOnForTheBackOfficeToRefuse() {
        assertEquals(99, form("name", "x", "zone", "7", "template", "3", "offering", "99").draft(NORTH).offeringId());
    }
}
