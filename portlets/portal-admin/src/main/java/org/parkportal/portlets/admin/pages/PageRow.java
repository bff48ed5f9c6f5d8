package org.parkportal.portlets.admin.pages;

import java.util.List;

import org.parkportal.layout.application.PageDescriptor;

/**
 * One line of the page tree as the administrator sees it: the page, how deep it sits, its title in their language
 * and its index among its siblings (what moving up and down changes).
 */
public record PageRow(PageDescriptor page, int depth, String title, int index, boolean last) {

    /** The pages as the page service lists them (parents before children, siblings in menu order). */
    public static List<PageRow> of(List<PageDescriptor> pages, String language) {
        return pages.stream().map(p -> {
            List<PageDescriptor> siblings = pages.stream()
                    .filter(s -> s.parent() == null ? p.parent() == null : s.parent().equals(p.parent())).toList();
            int index = siblings.indexOf(p);
            return new PageRow(p, p.path().split("/").length - 1, p.title(language), index,
                    index == siblings.size() - 1);
        }).toList();
    }

    public String path() {
        return page.path();
    }
}
