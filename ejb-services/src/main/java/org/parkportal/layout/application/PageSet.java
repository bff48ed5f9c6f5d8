package org.parkportal.layout.application;

import java.util.List;
import java.util.Map;

import org.parkportal.access.domain.Grants;

/**
 * The content of a page-set file: the page tree with windows, their initial preferences and their grants.
 * A page or window whose grants are null keeps the grants it has.
 */
public record PageSet(List<Page> pages, List<Portlet> portlets) {

    public PageSet {
        pages = List.copyOf(pages);
        portlets = List.copyOf(portlets);
    }

    public PageSet(List<Page> pages) {
        this(pages, List.of());
    }

    /** Grants on a portlet of the catalogue ("application/portlet"): who may find it there and see its windows. */
    public record Portlet(String portlet, Grants grants) {
    }

    public record Page(String name, Map<String, String> titles, String layout, String theme, boolean hidden,
                       List<Window> windows, List<Page> children, Grants grants) {
        public Page {
            titles = Map.copyOf(titles);
            windows = List.copyOf(windows);
            children = List.copyOf(children);
        }
    }

    public record Window(String id, String portlet, int column, Map<String, List<String>> preferences,
                         Grants grants, boolean locked) {
        public Window {
            preferences = Map.copyOf(preferences);
        }
    }
}
