package org.parkportal.portlets.samples.visitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VisitorFormTest {

    @Test
    void trimsAndAcceptsANameWithoutCompany() {
        VisitorForm form = VisitorForm.of("  Ada Lovelace ", null);
        assertEquals("Ada Lovelace", form.name());
        assertEquals("", form.company());
        assertTrue(form.problem().isEmpty());
    }

    @Test
    void aNameIsRequired() {
        assertEquals("error.name.blank", VisitorForm.of("   ", "Analytical Engines Ltd").problem().orElseThrow());
    }

    @Test
    void nameAndCompanyAreBounded() {
        String longest = "x".repeat(VisitorForm.MAX_LENGTH);
        assertTrue(VisitorForm.of(longest, longest).problem().isEmpty());
        assertEquals("error.tooLong", VisitorForm.of("Ada", longest + "x").problem().orElseThrow());
    }

    @Test
    void onlyOwnProblemKeysComeBackFromTheUrl() {
        assertEquals("error.tooLong", VisitorForm.knownProblem("error.tooLong").orElseThrow());
        assertTrue(VisitorForm.knownProblem("javax.portlet.title").isEmpty());
        assertTrue(VisitorForm.knownProblem(null).isEmpty());
    }
}
