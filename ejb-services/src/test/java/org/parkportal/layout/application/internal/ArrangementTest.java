package org.parkportal.layout.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parkportal.layout.application.PageDescriptor;
import org.parkportal.layout.application.WindowDescriptor;
import org.parkportal.layout.domain.PersonalWindow;

class ArrangementTest {

    private static final PageDescriptor SHARED = new PageDescriptor("home", null, 0, "two-columns-50-50", "default",
            false, Map.of("en", "Home"), List.of(
                    new WindowDescriptor("a", "x/a", 0, 0),
                    new WindowDescriptor("b", "x/b", 0, 1),
                    new WindowDescriptor("c", "x/c", 1, 0, true, false)));

    @Test
    void withoutChangesItIsTheSharedPage() {
        PageDescriptor mine = Arrangement.of(SHARED, "bob", null, null, List.of());
        assertEquals(List.of("a@0.0", "b@0.1", "c@1.0"), places(mine));
        assertEquals("bob", mine.owner());
    }

    @Test
    void movesHidesAndOwnWindowsLayerOverTheSharedPage() {
        PersonalWindow moved = row("b", null, 1, 1);
        PersonalWindow hidden = row("a", null, 0, 0);
        hidden.hide();
        PersonalWindow own = row("my-1", "x/own", 0, 0);

        PageDescriptor mine = Arrangement.of(SHARED, "bob", null, "mobile", List.of(moved, hidden, own));

        assertEquals(List.of("my-1@0.0", "c@1.0", "b@1.1"), places(mine));
        assertTrue(mine.window("my-1").own());
        assertEquals("mobile", mine.theme());
    }

    @Test
    void aLockedWindowKeepsItsColumnAndCannotBeHidden() {
        PersonalWindow tryHide = row("c", null, 0, 5);
        tryHide.hide();
        PageDescriptor mine = Arrangement.of(SHARED, "bob", null, null, List.of(tryHide));
        assertEquals(List.of("a@0.0", "b@0.1", "c@1.0"), places(mine));
    }

    @Test
    void aSharedWindowAddedLaterAppearsAndAFewerColumnsLayoutFoldsColumnsTogether() {
        PageDescriptor sharedLater = new PageDescriptor("home", null, 0, "two-columns-50-50", "default", false,
                Map.of("en", "Home"), List.of(new WindowDescriptor("a", "x/a", 0, 0),
                        new WindowDescriptor("b", "x/b", 0, 1), new WindowDescriptor("c", "x/c", 1, 0, true, false),
                        new WindowDescriptor("d", "x/d", 1, 1)));
        PageDescriptor mine = Arrangement.of(sharedLater, "bob", "one-column", null, List.of(row("b", null, 0, 0)));

        assertEquals("one-column", mine.layout());
        assertEquals(4, mine.windows().size(), "the administrator's new window d reaches bob");
        assertTrue(mine.windows().stream().allMatch(w -> w.column() == 0));
    }

    private static PersonalWindow row(String id, String portlet, int column, int position) {
        PersonalWindow w = new PersonalWindow("bob", "home", id, portlet);
        w.place(column, position);
        return w;
    }

    private static List<String> places(PageDescriptor page) {
        return page.windows().stream().map(w -> w.id() + "@" + w.column() + "." + w.position()).toList();
    }
}
