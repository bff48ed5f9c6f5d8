package org.parkportal.layout.application;

import jakarta.ejb.Local;
import java.util.List;
import java.util.Optional;

/**
 * Each user's own arrangement of the shared pages (windows added, moved or removed, layout and theme), kept as
 * changes on top of the shared page, and their private pages (/portal/my/NAME). Reads name the user; every change
 * acts for the EJB caller, so nobody can change another user's pages. Whether the caller may customise a shared
 * page at all is the portal's access check, made before it calls.
 */
@Local
public interface PersonalizationService {

    /** The page as the user arranged it; the shared page itself when the user changed nothing. */
    PageDescriptor arrangedFor(String user, PageDescriptor shared);

    List<PageDescriptor> privatePages(String user);

    Optional<PageDescriptor> privatePage(String user, String path);

    /** Adds a window of the portlet at the end of the column; returns its id. */
    String addWindow(PageDescriptor page, String portlet, int column);

    /** Moves the window to the index within the column, as the user sees the page. */
    void moveWindow(PageDescriptor page, String windowId, int column, int index);

    void removeWindow(PageDescriptor page, String windowId);

    void changeLayout(PageDescriptor page, String layout);

    void changeTheme(PageDescriptor page, String theme);

    /** Drops the caller's changes to a shared page: the shared version again. */
    void reset(String pagePath);

    /** Creates a private page; returns its path ("my/NAME"). */
    String createPrivatePage(String name, String title, String layout);

    void deletePrivatePage(String path);

    /**
     * Forgets every user's cached arrangements: administrators moved or deleted shared pages, which rewrote or
     * dropped the users' rows for them.
     */
    void sharedPagesChanged();

    /** Changes whenever the user's arrangements change; the portal keys cached pages by it. */
    long version(String user);
}
