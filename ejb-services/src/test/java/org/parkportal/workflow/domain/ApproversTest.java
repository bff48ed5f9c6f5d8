package org.parkportal.workflow.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ApproversTest {

    @Test
    void theRequestersManagerDecidesWithTheFallbackGroupBesideThem() {
        Approvers resolved = Approvers.managerOfRequester("managers").resolved("bob");
        assertEquals(new Approvers("bob", "managers", false), resolved);
    }

    @Test
    void withoutAManagerTheFallbackGroupDecidesAndWithoutEitherNobodyCould() {
        assertEquals(Approvers.group("managers"), Approvers.managerOfRequester("managers").resolved(null));
        assertThrows(IllegalStateException.class, () -> Approvers.managerOfRequester(null).resolved(null));
        assertThrows(IllegalArgumentException.class, () -> new Approvers(" ", "", false));
    }

    @Test
    void aDraftNeedsAWellFormedTypeAndAnId() {
        assertThrows(IllegalArgumentException.class, () -> new ApprovalDraft("Cloud Server", "1", "s", Approvers.group("g")));
        assertThrows(IllegalArgumentException.class, () -> new ApprovalDraft("cloud-server", " ", "s", Approvers.group("g")));
        assertEquals(200, new ApprovalDraft("cloud-server", "1", "x".repeat(300), Approvers.group("g")).subject().length());
    }

    @Test
    void filtersAreNamedAsInUrlsAndUnknownNamesAreNotGuessed() {
        assertEquals(TaskFilter.MY_GROUPS, TaskFilter.parse("my-groups").orElseThrow());
        assertEquals(TaskFilter.ALL, TaskFilter.parse(null).orElseThrow());
        assertEquals("due-today", TaskFilter.DUE_TODAY.key());
        assertEquals(java.util.Optional.empty(), TaskFilter.parse("everything"));
    }
}
