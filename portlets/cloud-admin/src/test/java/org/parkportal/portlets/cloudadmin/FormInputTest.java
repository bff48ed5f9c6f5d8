package org.parkportal.portlets.cloudadmin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parkportal.cloud.inventory.domain.HostState;
import org.parkportal.cloud.inventory.domain.InventoryRefused;
import org.parkportal.cloud.inventory.domain.InventoryRefused.Reason;

class FormInputTest {

    @Test
    void readsWholeNumbersWithSurroundingBlanks() {
        assertEquals(16, FormInput.wholeInt(" 16 ", Reason.INVALID_CAPACITY));
        assertEquals(262144L, FormInput.whole("262144", Reason.INVALID_CAPACITY));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-4", "4.5", "lots", "1e3", "99999999999999999999"})
    void refusesWhatIsNotAWholeNumberWithTheFieldsReason(String typed) {
        InventoryRefused refused = assertThrows(InventoryRefused.class,
                () -> FormInput.whole(typed, Reason.INVALID_CAPACITY));
        assertEquals(Reason.INVALID_CAPACITY, refused.reason());
    }

    @Test
    void refusesAnIntFieldBeyondIntRange() {
        assertEquals(Reason.INVALID_VLAN_RANGE, assertThrows(InventoryRefused.class,
                () -> FormInput.wholeInt("3000000000", Reason.INVALID_VLAN_RANGE)).reason());
    }

    @Test
    void readsPercentagesAsFractionsAndBlankAsNone() {
        assertEquals(new BigDecimal("0.85"), FormInput.percent("85"));
        assertEquals(new BigDecimal("0.905"), FormInput.percent("90,5"));
        assertNull(FormInput.percent("  "));
        assertEquals(Reason.INVALID_THRESHOLD, assertThrows(InventoryRefused.class,
                () -> FormInput.percent("85%")).reason());
    }

    @Test
    void readsOvercommitFactors() {
        assertEquals(new BigDecimal("2.5"), FormInput.factor("2.5"));
        assertNull(FormInput.factor(null));
        assertEquals(Reason.INVALID_OVERCOMMIT, assertThrows(InventoryRefused.class,
                () -> FormInput.factor("two")).reason());
    }

    @Test
    void splitsWordsOnCommasAndBlanks() {
        assertEquals(Set.of("gpu", "ssd", "fast"), FormInput.words(" gpu, ssd  fast;"));
        assertEquals(Set.of(), FormInput.words(""));
    }

    @Test
    void aChoiceOutsideTheListIsSomethingThatDoesNotExist() {
        assertEquals(HostState.MAINTENANCE, FormInput.choice(HostState.class, "MAINTENANCE"));
        assertEquals(Reason.NOT_FOUND, assertThrows(InventoryRefused.class,
                () -> FormInput.choice(HostState.class, "GONE")).reason());
        assertEquals(Reason.NOT_FOUND, assertThrows(InventoryRefused.class, () -> FormInput.id("x1")).reason());
    }
}
