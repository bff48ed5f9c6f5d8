package org.parkportal.layout.application;

import jakarta.ejb.Local;
import java.util.Map;
import org.parkportal.access.domain.Grants;
import org.parkportal.access.domain.ProtectedResource;

/**
 * Administrators change the shared pages and who may use them. Every change needs the manage grant on the page
 * concerned (for a new page: on its parent; at the top level and for catalogue portlets: the administrators'
 * group), is recorded in the audit log, and is visible to the next request. Refusals are {@link PageChangeRefused}.
 */
@Local
public interface PageAdministration {

    /**
     * Creates a page as the last child of the parent (null: a top-level page) with no grants of its own, so only
     * administrators see it until it gets some; returns its path.
     *
     * @param titles title by language tag; "en" is required
     */
    String createPage(String parentPath, String name, Map<String, String> titles, String layout, String theme);

    void retitle(String path, Map<String, String> titles);

    /**
     * Moves the page (with its subtree) under another parent (null: top level) at the position among its new
     * siblings (clamped); returns its new path. Grants and users' arrangements follow the pages.
     */
    String movePage(String path, String newParentPath, int position);

    /** A layout with fewer columns moves the windows of the dropped columns to the end of the last one. */
    void setLayout(String path, String layout);

    void setTheme(String path, String theme);

    void setHidden(String path, boolean hidden);

    /** Deletes the page and its subtree with their windows, grants and users' arrangements. */
    void deletePage(String path);

    /** Adds a window of the portlet ("application/portlet") at the end of the column; returns its new id. */
    String addWindow(String pagePath, String portlet, int column);

    void removeWindow(String windowId);

    /** Moves the window to the position (clamped) within the column of its page. */
    void moveWindow(String windowId, int column, int position);

    /** A locked window can be neither moved nor removed by users arranging the page for themselves. */
    void setLocked(String windowId, boolean locked);

    /**
     * Makes the grants of a page, a window or a catalogue portlet exactly these. A page's and a window's need the
     * manage grant on the page; a catalogue portlet's are for administrators only.
     */
    void changeGrants(ProtectedResource resource, Grants grants);
}
