package org.parkportal.layout.application.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.parkportal.access.application.AccessService;
import org.parkportal.access.application.CallerSubject;
import org.parkportal.access.domain.Action;
import org.parkportal.access.domain.Grants;
import org.parkportal.access.domain.ProtectedResource;
import org.parkportal.access.domain.Subject;
import org.parkportal.audit.application.AuditLog;
import org.parkportal.audit.domain.AuditAction;
import org.parkportal.layout.application.PageAdministration;
import org.parkportal.layout.application.PageChangeRefused;
import org.parkportal.layout.application.PageChangeRefused.Reason;
import org.parkportal.layout.application.PersonalizationService;
import org.parkportal.layout.domain.LayoutTemplate;
import org.parkportal.layout.domain.PageName;
import org.parkportal.layout.domain.PagePath;
import org.parkportal.layout.domain.PageTitles;
import org.parkportal.layout.domain.PortalPage;
import org.parkportal.layout.domain.Theme;
import org.parkportal.layout.domain.WindowPlacement;

/**
 * The administrators' changes to the shared page tree, in the database, then into the page snapshot of
 * {@link DefaultPageService} within the same transaction. A singleton with the container's write lock: changes are
 * serialised, so sibling positions and new window ids never race (they may still interleave with a page-set import,
 * which locks DefaultPageService only).
 *
 * Moving a page moves its subtree: the paths of the descendants, their grants and the users' rows for them are
 * rewritten, because all of them refer to pages by path.
 */
@Singleton
public class DefaultPageAdministration implements PageAdministration {

    private static final Logger LOG = Logger.getLogger(DefaultPageAdministration.class.getName());
    private static final int MAX_PATH = 200;
    private static final Comparator<PortalPage> SIBLING_ORDER =
            Comparator.comparingInt(PortalPage::position).thenComparing(PortalPage::id);
    private static final Comparator<WindowPlacement> COLUMN_ORDER =
            Comparator.comparingInt(WindowPlacement::position).thenComparing(WindowPlacement::id);

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @EJB
    private DefaultPageService pages;

    @EJB
    private PersonalizationService personalization;

    @EJB
    private AccessService access;

    @EJB
    private CallerSubject caller;

    @EJB
    private AuditLog audit;

    // ---------------------------------------------------------------- pages

    @Override
    public String createPage(String parentPath, String name, Map<String, String> titles, String layout, String theme) {
        PortalPage parent = isTopLevel(parentPath) ? null : page(parentPath);
        requireManage(parent);
        String cleanName = name == null ? "" : name.strip();
        if (!PageName.isValid(cleanName)) {
            throw new PageChangeRefused(Reason.INVALID_NAME, cleanName);
        }
        if (parent == null && PageName.isReservedAtTopLevel(cleanName)) {
            throw new PageChangeRefused(Reason.RESERVED_NAME, cleanName);
        }
        Map<String, String> cleanTitles = titles(titles);
        String layoutId = layout(layout).id();
        String themeId = theme(theme).id();
        String path = PagePath.of(parent == null ? null : new PagePath(parent.path()), cleanName).value();
        if (path.length() > MAX_PATH) {
            throw new PageChangeRefused(Reason.INVALID_NAME, path);
        }
        if (find(path) != null) {
            throw new PageChangeRefused(Reason.NAME_TAKEN, path);
        }
        PortalPage page = new PortalPage(path, parent);
        page.describe(children(parent).size(), layoutId, themeId, false, cleanTitles);
        em.persist(page);
        // A page starts without grants (administrators only), even if an old page at this path left some.
        forgetPath(path);
        changed(AuditAction.PAGE_CREATED, page, "layout " + layoutId + ", theme " + themeId);
        return path;
    }

    @Override
    public void retitle(String path, Map<String, String> titles) {
        PortalPage page = managedPage(path);
        Map<String, String> cleanTitles = titles(titles);
        page.retitle(cleanTitles);
        changed(AuditAction.PAGE_CHANGED, page, "titles " + cleanTitles.keySet());
    }

    @Override
    public String movePage(String path, String newParentPath, int position) {
        PortalPage page = managedPage(path);
        PortalPage newParent = isTopLevel(newParentPath) ? null : page(newParentPath);
        requireManage(newParent);
        PagePath from = new PagePath(page.path());
        if (newParent != null && new PagePath(newParent.path()).isWithin(from)) {
            throw new PageChangeRefused(Reason.MOVE_INTO_ITSELF, from + " under " + newParent.path());
        }
        PagePath to = PagePath.of(newParent == null ? null : new PagePath(newParent.path()), from.name());
        if (newParent == null && PageName.isReservedAtTopLevel(from.name())) {
            throw new PageChangeRefused(Reason.RESERVED_NAME, from.name());
        }
        if (!to.equals(from) && find(to.value()) != null) {
            throw new PageChangeRefused(Reason.NAME_TAKEN, to.value());
        }
        List<PortalPage> oldSiblings = children(page.parent());
        oldSiblings.remove(page);
        renumber(oldSiblings);
        List<PortalPage> newSiblings = children(newParent);
        newSiblings.remove(page);
        int index = Math.max(0, Math.min(position, newSiblings.size()));
        newSiblings.add(index, page);
        renumber(newSiblings);
        if (!to.equals(from)) {
            if (subtree(from).stream().anyMatch(p -> new PagePath(p.path()).rebased(from, to).value().length() > MAX_PATH)) {
                throw new PageChangeRefused(Reason.INVALID_NAME, to + " makes a path too long");
            }
            for (PortalPage moving : subtree(from)) {
                PagePath old = new PagePath(moving.path());
                PagePath now = old.rebased(from, to);
                moving.relocate(moving == page ? newParent : moving.parent(), now.value());
                followPath(old.value(), now.value());
            }
            personalization.sharedPagesChanged();
        }
        changed(AuditAction.PAGE_CHANGED, page, "moved from " + from + " to position " + index
                + (newParent == null ? " at the top level" : " under " + newParent.path()));
        return to.value();
    }

    @Override
    public void setLayout(String path, String layout) {
        PortalPage page = managedPage(path);
        LayoutTemplate template = layout(layout);
        List<List<WindowPlacement>> columns = columns(page, Math.max(template.columns(), columnCount(page)));
        // Windows of the columns the new layout drops go to the end of its last column, not away.
        List<WindowPlacement> last = columns.get(template.columns() - 1);
        for (int c = template.columns(); c < columns.size(); c++) {
            last.addAll(columns.get(c));
        }
        page.changeLayout(template.id());
        place(columns.subList(0, template.columns()));
        changed(AuditAction.PAGE_CHANGED, page, "layout " + template.id());
    }

    @Override
    public void setTheme(String path, String theme) {
        PortalPage page = managedPage(path);
        page.changeTheme(theme(theme).id());
        changed(AuditAction.PAGE_CHANGED, page, "theme " + page.theme());
    }

    @Override
    public void setHidden(String path, boolean hidden) {
        PortalPage page = managedPage(path);
        page.changeHidden(hidden);
        changed(AuditAction.PAGE_CHANGED, page, hidden ? "hidden" : "shown in the navigation");
    }

    @Override
    public void deletePage(String path) {
        PortalPage page = managedPage(path);
        PortalPage parent = page.parent();
        List<PortalPage> subtree = subtree(new PagePath(page.path()));
        // Deepest first: a page's row goes before its parent's (parent_id references it).
        subtree.sort(Comparator.comparingInt((PortalPage p) -> p.path().length()).reversed());
        for (PortalPage gone : subtree) {
            for (WindowPlacement window : List.copyOf(gone.windows())) {
                forgetWindow(window.id());
            }
            forgetPath(gone.path());
            em.remove(gone);
            em.flush();
        }
        List<PortalPage> siblings = children(parent);
        siblings.remove(page);
        renumber(siblings);
        personalization.sharedPagesChanged();
        em.flush();
        pages.refreshSnapshot();
        audit.record(AuditAction.PAGE_DELETED, "page:" + path, subtree.size() + " page(s) with their windows and grants");
    }

    // ---------------------------------------------------------------- windows

    @Override
    public String addWindow(String pagePath, String portlet, int column) {
        PortalPage page = managedPage(pagePath);
        String name = portlet == null ? "" : portlet.strip();
        if (!WindowPlacement.isPortletName(name)) {
            throw new PageChangeRefused(Reason.INVALID_PORTLET, name);
        }
        List<List<WindowPlacement>> columns = columns(page, columnCount(page));
        if (column < 0 || column >= columns.size()) {
            throw new PageChangeRefused(Reason.INVALID_COLUMN, column + " of " + page.layout());
        }
        String id = freeWindowId(new PagePath(page.path()).name(), name);
        forgetWindow(id);
        WindowPlacement window = new WindowPlacement(id, page);
        window.place(name, column, columns.get(column).size(), false);
        page.windows().add(window);
        em.persist(window);
        em.flush();
        pages.refreshSnapshot();
        audit.record(AuditAction.WINDOW_ADDED, "window:" + id, name + " on page:" + page.path());
        return id;
    }

    @Override
    public void removeWindow(String windowId) {
        WindowPlacement window = window(windowId);
        PortalPage page = window.page();
        requireManage(page);
        page.windows().remove(window);
        forgetWindow(windowId);
        place(columns(page, columnCount(page)));
        em.flush();
        pages.refreshSnapshot();
        audit.record(AuditAction.WINDOW_REMOVED, "window:" + windowId, window.portlet() + " from page:" + page.path());
    }

    @Override
    public void moveWindow(String windowId, int column, int position) {
        WindowPlacement window = window(windowId);
        PortalPage page = window.page();
        requireManage(page);
        List<List<WindowPlacement>> columns = columns(page, columnCount(page));
        if (column < 0 || column >= columns.size()) {
            throw new PageChangeRefused(Reason.INVALID_COLUMN, column + " of " + page.layout());
        }
        columns.forEach(c -> c.remove(window));
        List<WindowPlacement> target = columns.get(column);
        target.add(Math.max(0, Math.min(position, target.size())), window);
        place(columns);
        changed(AuditAction.PAGE_CHANGED, page, "window " + windowId + " to column " + column + ", position "
                + target.indexOf(window));
    }

    @Override
    public void setLocked(String windowId, boolean locked) {
        WindowPlacement window = window(windowId);
        requireManage(window.page());
        window.lock(locked);
        changed(AuditAction.PAGE_CHANGED, window.page(), "window " + windowId + (locked ? " locked" : " unlocked"));
    }

    // ---------------------------------------------------------------- grants

    @Override
    public void changeGrants(ProtectedResource resource, Grants grants) {
        switch (resource.kind()) {
            case PAGE -> requireManage(page(resource.id()));
            case WINDOW -> requireManage(window(resource.id()).page());
            case PORTLET -> {
                if (!WindowPlacement.isPortletName(resource.id())) {
                    throw new PageChangeRefused(Reason.INVALID_PORTLET, resource.id());
                }
                requireManage(null);
            }
        }
        // Recorded as GRANTS_CHANGED by the access context, with the caller as actor.
        access.replaceGrants(resource, grants == null ? Grants.NONE : grants);
    }

    // ---------------------------------------------------------------- checks and lookups

    /** Top-level pages and catalogue portlets (page null) are the administrators'; a page needs manage on it. */
    private void requireManage(PortalPage page) {
        Subject subject = caller.current();
        boolean allowed = page == null ? access.isAdministrator(subject)
                : !subject.isGuest() && access.allows(subject, Action.MANAGE, ProtectedResource.page(page.path()));
        if (!allowed) {
            throw new PageChangeRefused(Reason.NOT_ALLOWED, (subject.isGuest() ? "a guest" : subject.user())
                    + " may not manage " + (page == null ? "the top level" : page.path()));
        }
    }

    private PortalPage managedPage(String path) {
        PortalPage page = page(path);
        requireManage(page);
        return page;
    }

    private PortalPage page(String path) {
        PortalPage page = path == null ? null : find(path.strip());
        if (page == null) {
            throw new PageChangeRefused(Reason.NOT_FOUND, "page " + path);
        }
        return page;
    }

    private PortalPage find(String path) {
        return em.createQuery("select p from PortalPage p where p.path = :path", PortalPage.class)
                .setParameter("path", path).getResultStream().findFirst().orElse(null);
    }

    private WindowPlacement window(String id) {
        WindowPlacement window = id == null ? null : em.find(WindowPlacement.class, id);
        if (window == null) {
            throw new PageChangeRefused(Reason.NOT_FOUND, "window " + id);
        }
        return window;
    }

    private static boolean isTopLevel(String parentPath) {
        return parentPath == null || parentPath.isBlank();
    }

    private static Map<String, String> titles(Map<String, String> typed) {
        Map<String, String> titles = PageTitles.cleaned(typed);
        if (titles == null) {
            throw new PageChangeRefused(Reason.INVALID_TITLE, String.valueOf(typed));
        }
        return titles;
    }

    private static LayoutTemplate layout(String id) {
        return LayoutTemplate.byId(id).orElseThrow(() -> new PageChangeRefused(Reason.INVALID_LAYOUT, id));
    }

    private static Theme theme(String id) {
        return Theme.byId(id).orElseThrow(() -> new PageChangeRefused(Reason.INVALID_THEME, id));
    }

    // ---------------------------------------------------------------- the tree

    /** The children of the parent (null: the top-level pages), in menu order; a new, modifiable list. */
    private List<PortalPage> children(PortalPage parent) {
        List<PortalPage> children = new ArrayList<>(parent == null
                ? em.createQuery("select p from PortalPage p where p.parent is null", PortalPage.class).getResultList()
                : em.createQuery("select p from PortalPage p where p.parent = :parent", PortalPage.class)
                        .setParameter("parent", parent).getResultList());
        children.sort(SIBLING_ORDER);
        return children;
    }

    /** The page at the path and all its descendants (page names cannot contain LIKE's wildcards). */
    private List<PortalPage> subtree(PagePath root) {
        return new ArrayList<>(em.createQuery(
                        "select p from PortalPage p where p.path = :path or p.path like :below", PortalPage.class)
                .setParameter("path", root.value()).setParameter("below", root.value() + "/%").getResultList());
    }

    private static void renumber(List<PortalPage> siblings) {
        for (int i = 0; i < siblings.size(); i++) {
            siblings.get(i).reposition(i);
        }
    }

    private static int columnCount(PortalPage page) {
        return LayoutTemplate.byId(page.layout()).map(LayoutTemplate::columns).orElse(1);
    }

    /** The page's windows per column, top to bottom; at least {@code count} columns, more if windows sit beyond. */
    private static List<List<WindowPlacement>> columns(PortalPage page, int count) {
        int wanted = Math.max(count, page.windows().stream().mapToInt(w -> w.columnIndex() + 1).max().orElse(0));
        List<List<WindowPlacement>> columns = new ArrayList<>();
        for (int c = 0; c < wanted; c++) {
            int column = c;
            columns.add(new ArrayList<>(page.windows().stream().filter(w -> w.columnIndex() == column)
                    .sorted(COLUMN_ORDER).toList()));
        }
        return columns;
    }

    private static void place(List<List<WindowPlacement>> columns) {
        for (int c = 0; c < columns.size(); c++) {
            List<WindowPlacement> column = columns.get(c);
            for (int i = 0; i < column.size(); i++) {
                column.get(i).moveTo(c, i);
            }
        }
    }

    private String freeWindowId(String pageName, String portlet) {
        for (int attempt = 1; ; attempt++) {
            String id = WindowPlacement.suggestedId(pageName, portlet, attempt);
            if (em.find(WindowPlacement.class, id) == null) {
                return id;
            }
        }
    }

    // ---------------------------------------------------------------- what refers to pages and windows

    /** Grants and users' rows of a page path move along with the page. */
    private void followPath(String oldPath, String newPath) {
        Grants grants = access.grants(ProtectedResource.page(oldPath));
        if (!grants.isEmpty()) {
            access.replaceGrants(ProtectedResource.page(newPath), grants);
            access.replaceGrants(ProtectedResource.page(oldPath), Grants.NONE);
        }
        em.createQuery("update PersonalPage p set p.path = :now where p.path = :old and p.privatePage = false")
                .setParameter("now", newPath).setParameter("old", oldPath).executeUpdate();
        em.createQuery("update PersonalWindow w set w.pagePath = :now where w.pagePath = :old")
                .setParameter("now", newPath).setParameter("old", oldPath).executeUpdate();
    }

    /** Drops the grants of a page path and the users' rows for it (their layout, theme, windows on it). */
    private void forgetPath(String path) {
        if (!access.grants(ProtectedResource.page(path)).isEmpty()) {
            access.replaceGrants(ProtectedResource.page(path), Grants.NONE);
        }
        em.createQuery("delete from PersonalWindow w where w.pagePath = :path").setParameter("path", path).executeUpdate();
        em.createQuery("delete from PersonalPage p where p.path = :path and p.privatePage = false")
                .setParameter("path", path).executeUpdate();
    }

    /**
     * Drops what a window id carries beyond its placement: grants, portlet preferences and users' placements, so a
     * later window that gets the same id starts clean.
     */
    private void forgetWindow(String id) {
        if (!access.grants(ProtectedResource.window(id)).isEmpty()) {
            access.replaceGrants(ProtectedResource.window(id), Grants.NONE);
        }
        em.createQuery("delete from WindowPreference p where p.windowId = :id").setParameter("id", id).executeUpdate();
        em.createQuery("delete from PersonalWindow w where w.windowId = :id").setParameter("id", id).executeUpdate();
    }

    private void changed(AuditAction action, PortalPage page, String detail) {
        em.flush();
        pages.refreshSnapshot();
        audit.record(action, "page:" + page.path(), detail);
        LOG.fine(() -> action + " page:" + page.path() + " " + detail);
    }
}
