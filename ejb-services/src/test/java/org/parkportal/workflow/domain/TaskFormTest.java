package org.parkportal.workflow.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TaskFormTest {

    private static final Map<String, String> DECISIONS = new LinkedHashMap<>(Map.of("approve", "Approve",
            "reject", "Reject", "rework", "Send back"));

    private static FormField decision() {
        return new FormField("decision", "Decision", FormFieldType.ENUM, DECISIONS, true, false, null, null, null, null, null);
    }

    private static FormField comment() {
        return new FormField("comment", "Comment", FormFieldType.STRING, Map.of(), false, false, null, null, null, 20, "earlier");
    }

    private static final TaskForm DECIDE = new TaskForm(List.of(decision(), comment()));

    @Test
    void acceptsADeclaredOptionAndLeavesAnUntouchedOptionalFieldAlone() {
        TaskForm.Submission s = DECIDE.check(Map.of("decision", "approve"));
        assertTrue(s.valid(), s.problems()::toString);
        assertEquals(Map.of("decision", "approve"), s.variables(), "comment keeps its earlier value");
    }

    @Test
    void refusesAMissingRequiredFieldAnUnknownOptionAndAnUndeclaredVariable() {
        assertEquals(List.of(new FormField.Problem("decision", "required")), DECIDE.check(Map.of()).problems());
        assertEquals(List.of(new FormField.Problem("decision", "invalid-enum")),
                DECIDE.check(Map.of("decision", "maybe")).problems());
        TaskForm.Submission sneaky = DECIDE.check(Map.of("decision", "approve", "outcome", "approved"));
        assertEquals(List.of(new FormField.Problem("outcome", "unknown")), sneaky.problems(),
                "a task cannot set process variables its form does not declare");
    }

    @Test
    void approvedIsShortForApproveOrRejectOnADecisionForm() {
        assertEquals("approve", DECIDE.check(Map.of("approved", true)).variables().get("decision"));
        assertEquals("reject", DECIDE.check(Map.of("approved", "false")).variables().get("decision"));
        assertFalse(DECIDE.check(Map.of("approved", "perhaps")).valid());
        Map<String, Object> both = new HashMap<>(Map.of("approved", true, "decision", "rework"));
        assertEquals(List.of(new FormField.Problem("approved", "unknown")), DECIDE.check(both).problems(),
                "an explicit decision is not overridden");
    }

    @Test
    void convertsFormStringsAndJsonValuesToTheDeclaredTypes() {
        FormField days = new FormField("days", "Days", FormFieldType.LONG, Map.of(), true, false, 1L, 30L, null, null, null);
        FormField urgent = new FormField("urgent", "Urgent", FormFieldType.BOOLEAN, Map.of(), false, false, null, null, null, null, null);
        FormField until = new FormField("until", "Until", FormFieldType.DATE, Map.of(), false, false, null, null, null, null, null);
        TaskForm form = new TaskForm(List.of(days, urgent, until));

        TaskForm.Submission ok = form.check(Map.of("days", "12", "urgent", "on", "until", "2026-12-24"));
        assertTrue(ok.valid(), ok.problems()::toString);
        assertEquals(12L, ok.variables().get("days"));
        assertEquals(true, ok.variables().get("urgent"));
        assertTrue(ok.variables().get("until") instanceof Date);
        assertEquals(12L, form.check(Map.of("days", new java.math.BigDecimal("12"))).variables().get("days"));

        assertEquals("too-large", form.check(Map.of("days", 31)).problems().get(0).code());
        assertEquals("invalid-long", form.check(Map.of("days", "twelve")).problems().get(0).code());
        assertEquals("invalid-long", form.check(Map.of("days", 1.5)).problems().get(0).code());
        assertEquals("invalid-date", form.check(Map.of("days", 3, "until", "24.12.2026")).problems().get(0).code());
    }

    @Test
    void limitsTextLengthAndKeepsReadOnlyFieldsUnchangeable() {
        assertEquals("too-long", DECIDE.check(Map.of("decision", "reject", "comment", "x".repeat(21))).problems().get(0).code());
        FormField fixed = new FormField("amount", "Amount", FormFieldType.LONG, Map.of(), false, true, null, null, null, null, 5L);
        TaskForm form = new TaskForm(List.of(fixed));
        assertTrue(form.check(Map.of()).valid());
        assertEquals("read-only", form.check(Map.of("amount", 6)).problems().get(0).code());
    }
}
