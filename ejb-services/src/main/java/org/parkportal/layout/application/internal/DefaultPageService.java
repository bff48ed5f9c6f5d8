package org.parkportal.layout.application.internal;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;
import org.parkportal.access.application.AccessService;
import org.parkportal.audit.application.AuditLog;
import org.parkportal.audit.domain.AuditAction;
import org.parkportal.access.domain.ProtectedResource;
import org.parkportal.layout.application.ImportResult;
import org.parkportal.layout.application.PageDescriptor;
import org.parkportal.layout.application.PageService;
import org.parkportal.layout.application.PageSet;
import org.parkportal.layout.application.PreferenceService;
import org.parkportal.layout.application.StoredPreference;
import org.parkportal.layout.application.WindowDescriptor;
import org.parkportal.layout.domain.PortalPage;
import org.parkportal.layout.domain.WindowPlacement;

/**
 * Keeps an immutable snapshot of the page tree in memory (every render reads it) and rebuilds it after an import.
 * Imports are serialised by the container's write lock; reads never block on the database.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@LocalBean
public class DefaultPageService implements PageService {

    private static final Logger LOG = Logger.getLogger(DefaultPageService.class.getName());

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @EJB
    private PreferenceService preferences;

    @EJB
    private AccessService access;

    @EJB
    private AuditLog audit;

    /** Siblings by their position in their page set; pages of different sets that tie keep their creation order. */
    private static final Comparator<PortalPage> SIBLING_ORDER =
            Comparator.comparingInt(PortalPage::position).thenComparing(PortalPage::id);

    /** Pages created or changed by the running import (imports are serialised). */
    private final Map<String, AuditAction> audited = new java.util.LinkedHashMap<>();

    private volatile Snapshot snapshot = new Snapshot(List.of());

    @PostConstruct
    void load() {
        refresh();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<PageDescriptor> pages() {
        return snapshot.pages;
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<PageDescriptor> page(String path) {
        return Optional.ofNullable(snapshot.byPath.get(path));
    }

    @Override
    public synchronized ImportResult importPageSet(PageSet pageSet) {
        audited.clear();
        int[] counts = new int[3];
        for (int i = 0; i < pageSet.pages().size(); i++) {
            importPage(pageSet.pages().get(i), null, i, counts);
        }
        for (PageSet.Portlet portlet : pageSet.portlets()) {
            access.replaceGrants(ProtectedResource.portlet(portlet.portlet()), portlet.grants());
        }
        em.flush();
        refresh();
        // Recorded once the changes are in the database, in the audit log's own transaction.
        audited.forEach((path, action) -> audit.record(action, "page:" + path, "page-set import"));
        ImportResult result = new ImportResult(counts[0], counts[1], counts[2]);
        LOG.info(() -> "Page set imported: " + result);
        return result;
    }

    private void importPage(PageSet.Page source, PortalPage parent, int position, int[] counts) {
        String path = parent == null ? source.name() : parent.path() + "/" + source.name();
        List<PortalPage> found = em.createQuery("select p from PortalPage p where p.path = :path", PortalPage.class)
                .setParameter("path", path).getResultList();
        PortalPage page;
        boolean changed;
        if (found.isEmpty()) {
            page = new PortalPage(path, parent);
            em.persist(page);
            counts[0]++;
            changed = true;
        } else {
            page = found.get(0);
            changed = false;
        }
        boolean described = page.position() == position && Objects.equals(page.layout(), source.layout())
                && Objects.equals(page.theme(), source.theme()) && page.hidden() == source.hidden()
                && page.titles().equals(source.titles()) && page.parent() == parent;
        if (!described) {
            page.describe(position, source.layout(), source.theme(), source.hidden(), source.titles());
            page.moveUnder(parent);
            changed = true;
        }
        changed |= placeWindows(page, source.windows());
        if (source.grants() != null) {
            changed |= access.replaceGrants(ProtectedResource.page(path), source.grants());
        }
        for (PageSet.Window window : source.windows()) {
            if (window.grants() != null) {
                changed |= access.replaceGrants(ProtectedResource.window(window.id()), window.grants());
            }
        }
        if (!found.isEmpty()) {
            counts[changed ? 1 : 2]++;
        }
        if (found.isEmpty() || changed) {
            audited.put(path, found.isEmpty() ? AuditAction.PAGE_CREATED : AuditAction.PAGE_CHANGED);
        }
        for (int i = 0; i < source.children().size(); i++) {
            importPage(source.children().get(i), page, i, counts);
        }
    }

    /** Makes the page's windows exactly those of the set; returns whether anything changed. */
    private boolean placeWindows(PortalPage page, List<PageSet.Window> windows) {
        boolean changed = false;
        Map<String, WindowPlacement> current = new HashMap<>();
        page.windows().forEach(w -> current.put(w.id(), w));
        int[] positions = new int[8];
        for (PageSet.Window source : windows) {
            int position = positions[source.column()]++;
            WindowPlacement window = current.remove(source.id());
            if (window == null) {
                WindowPlacement elsewhere = em.find(WindowPlacement.class, source.id());
                if (elsewhere != null) {
                    elsewhere.page().windows().remove(elsewhere);
                    em.flush();
                } else if (!source.preferences().isEmpty()) {
                    // Initial preferences only: a later edit by the portlet's users is not overwritten by a re-import.
                    List<StoredPreference> initial = new ArrayList<>();
                    source.preferences().forEach((name, values) -> initial.add(new StoredPreference(name, values, false)));
                    preferences.store(source.id(), PreferenceService.SHARED, initial);
                }
                window = new WindowPlacement(source.id(), page);
                page.windows().add(window);
                window.place(source.portlet(), source.column(), position, source.locked());
                em.persist(window);
                changed = true;
            } else if (!source.portlet().equals(window.portlet()) || window.columnIndex() != source.column()
                    || window.position() != position || window.locked() != source.locked()) {
                window.place(source.portlet(), source.column(), position, source.locked());
                changed = true;
            }
        }
        if (!current.isEmpty()) {
            page.windows().removeAll(current.values());
            changed = true;
        }
        return changed;
    }

    /**
     * Rebuilds the snapshot from the database as the caller's transaction sees it: DefaultPageAdministration calls it
     * after each change (hence the no-interface view, which nothing outside this package should use).
     */
    public void refreshSnapshot() {
        refresh();
    }

    private void refresh() {
        List<PortalPage> all = em.createQuery("select p from PortalPage p", PortalPage.class).getResultList();
        List<PageDescriptor> pages = new ArrayList<>();
        all.stream().filter(p -> p.parent() == null).sorted(SIBLING_ORDER)
                .forEach(p -> addTree(p, all, pages));
        snapshot = new Snapshot(pages);
    }

    private static void addTree(PortalPage page, List<PortalPage> all, List<PageDescriptor> into) {
        List<WindowDescriptor> windows = page.windows().stream()
                .sorted(Comparator.comparingInt(WindowPlacement::columnIndex).thenComparingInt(WindowPlacement::position))
                .map(w -> new WindowDescriptor(w.id(), w.portlet(), w.columnIndex(), w.position(), w.locked(), false))
                .toList();
        into.add(new PageDescriptor(page.path(), page.parent() == null ? null : page.parent().path(),
                page.position(), page.layout(), page.theme(), page.hidden(), page.titles(), windows));
        all.stream().filter(p -> p.parent() == page).sorted(SIBLING_ORDER)
                .forEach(child -> addTree(child, all, into));
    }

    private record Snapshot(List<PageDescriptor> pages, Map<String, PageDescriptor> byPath) {
        Snapshot(List<PageDescriptor> pages) {
            this(List.copyOf(pages), index(pages));
        }

        private static Map<String, PageDescriptor> index(List<PageDescriptor> pages) {
            Map<String, PageDescriptor> byPath = new HashMap<>();
            pages.forEach(p -> byPath.put(p.path(), p));
            return Map.copyOf(byPath);
        }
    }
}
