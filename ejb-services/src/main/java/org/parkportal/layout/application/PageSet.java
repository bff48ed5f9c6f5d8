package org.parkportal.layout.application;

import java.util.List;
import java.util.Map;

/** The content of a page-set file: the page tree with windows and their initial preferences. */
public record PageSet(List<Page> pages) {

    public PageSet {
        pages = List.copyOf(pages);
    }

    public record Page(String name, Map<String, String> titles, String layout, String theme, boolean hidden,
                       List<Window> windows, List<Page> children) {
        public Page {
            titles = Map.copyOf(titles);
            windows = List.copyOf(windows);
            children = List.copyOf(children);
        }
    }

    public record Window(String id, String portlet, int column, Map<String, List<String>> preferences) {
        public Window {
            preferences = Map.copyOf(preferences);
        }
    }
}
