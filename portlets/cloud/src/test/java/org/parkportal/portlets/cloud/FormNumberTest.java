package org.parkportal.portlets.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class FormNumberTest {

    @Test
    void readsDigitsWithSpaceAroundThem() {
        assertEquals(42L, FormNumber.optional(" 42 ", "field.ram"));
        assertEquals(42L, FormNumber.required("42", "field.ram"));
        assertEquals(Optional.of(999_999_999_999_999_999L), FormNumber.of("999999999999999999"));
    }

    @Test
    void blankIsNothingOrMissing() {
        assertNull(FormNumber.optional("  ", "field.ram"));
        assertNull(FormNumber.optional(null, "field.ram"));
        assertEquals(Optional.empty(), FormNumber.of(""));
        assertEquals("form.missing", assertThrows(FormProblem.class, () -> FormNumber.required(" ", "field.ram")).key());
    }

    @Test
    void signsFractionsAndOverlongNumbersAreNotNumbersOfTheField() {
        for (String text : new String[] {"-1", "+1", "1.5", "1e3", "Ⅻ", "1000000000000000000"}) {
            FormProblem problem = assertThrows(FormProblem.class, () -> FormNumber.optional(text, "field.diskGb"), text);
            assertEquals("form.notANumber", problem.key(), text);
            assertEquals(java.util.List.of("field.diskGb"), problem.arguments(), text);
            assertEquals(Optional.empty(), FormNumber.of(text), text);
        }
    }
}
