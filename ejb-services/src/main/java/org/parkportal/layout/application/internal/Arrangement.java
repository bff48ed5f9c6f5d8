package org.parkportal.layout.application.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.parkportal.layout.application.PageDescriptor;
import org.parkportal.layout.application.WindowDescriptor;
import org.parkportal.layout.domain.LayoutTemplate;
import org.parkportal.layout.domain.PersonalWindow;

/**
 * A user's arrangement of a page: the shared page with the user's changes on top. Because only changes are
 * stored, whatever an administrator changes later on the shared page still reaches the user: a new shared window
 * appears at its shared place, a removed one disappears. Locked windows keep their shared column and cannot be
 * hidden.
 */
final class Arrangement {

    private Arrangement() {
    }

    /**
     * @param layout  the user's layout for the page, or null for the shared one
     * @param theme   the user's theme for the page, or null for the shared one
     * @param rows    the user's window rows for this page
     */
    static PageDescriptor of(PageDescriptor shared, String user, String layout, String theme,
                             List<PersonalWindow> rows) {
        String effectiveLayout = layout != null ? layout : shared.layout();
        int columns = LayoutTemplate.byId(effectiveLayout).map(LayoutTemplate::columns).orElse(1);
        Map<String, PersonalWindow> byId = rows.stream()
                .collect(Collectors.toMap(PersonalWindow::windowId, Function.identity(), (a, b) -> a));
        List<Placed> placed = new ArrayList<>();
        for (WindowDescriptor w : shared.windows()) {
            PersonalWindow row = byId.get(w.id());
            if (row == null) {
                placed.add(new Placed(w, w.column(), w.position(), 0));
            } else if (w.locked()) {
                placed.add(new Placed(w, w.column(), row.position(), 0));
            } else if (!row.hidden()) {
                placed.add(new Placed(w, row.columnIndex(), row.position(), 0));
            }
        }
        for (PersonalWindow row : rows) {
            if (row.own() && !row.hidden()) {
                placed.add(new Placed(new WindowDescriptor(row.windowId(), row.portlet(), 0, 0, false, true),
                        row.columnIndex(), row.position(), 1));
            }
        }
        List<WindowDescriptor> windows = placed.stream()
                .map(p -> p.in(Math.min(Math.max(p.column, 0), columns - 1)))
                .sorted(Comparator.comparingInt(Placed::column).thenComparingInt(Placed::position)
                        .thenComparingInt(Placed::rank))
                .map(Placed::descriptor).toList();
        List<WindowDescriptor> positioned = new ArrayList<>();
        int[] next = new int[columns];
        for (WindowDescriptor w : windows) {
            positioned.add(new WindowDescriptor(w.id(), w.portlet(), w.column(), next[w.column()]++, w.locked(), w.own()));
        }
        return new PageDescriptor(shared.path(), shared.parent(), shared.position(), effectiveLayout,
                theme != null ? theme : shared.theme(), shared.hidden(), shared.titles(), positioned, user,
                shared.privatePage());
    }

    /** A window with the column and position it gets in this arrangement; rank puts shared before own on ties. */
    private record Placed(WindowDescriptor window, int column, int position, int rank) {
        Placed in(int clampedColumn) {
            return new Placed(window, clampedColumn, position, rank);
        }

        WindowDescriptor descriptor() {
            return new WindowDescriptor(window.id(), window.portlet(), column, position, window.locked(), window.own());
        }
    }
}
