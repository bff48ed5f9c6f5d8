package org.parkportal.layout.application.internal;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.parkportal.layout.application.LayoutChangeRefused;
import org.parkportal.layout.application.LayoutChangeRefused.Reason;
import org.parkportal.layout.application.PageDescriptor;
import org.parkportal.layout.application.PersonalizationService;
import org.parkportal.layout.application.WindowDescriptor;
import org.parkportal.layout.domain.LayoutTemplate;
import org.parkportal.layout.domain.PageName;
import org.parkportal.layout.domain.PersonalPage;
import org.parkportal.layout.domain.PersonalWindow;
import org.parkportal.layout.domain.Theme;

/**
 * Users' arrangements in the database, read through a per-user in-memory copy that every change drops once its
 * transaction has ended (so a reader never caches what a rolled-back change wrote).
 */
@Singleton
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DefaultPersonalizationService implements PersonalizationService {

    static final int MAX_PRIVATE_PAGES = 20;
    static final int MAX_OWN_WINDOWS_PER_PAGE = 30;
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    private final Map<String, UserLayouts> cache = new ConcurrentHashMap<>();
    private final AtomicLong versions = new AtomicLong();

    // ---------------------------------------------------------------- reads

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public PageDescriptor arrangedFor(String user, PageDescriptor shared) {
        if (user == null || shared.privatePage()) {
            return shared;
        }
        UserLayouts mine = layouts(user);
        PersonalPage settings = mine.settings.get(shared.path());
        List<PersonalWindow> rows = mine.windows.getOrDefault(shared.path(), List.of());
        if (settings == null && rows.isEmpty()) {
            return shared;
        }
        return Arrangement.of(shared, user, settings == null ? null : settings.layout(),
                settings == null ? null : settings.theme(), rows);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<PageDescriptor> privatePages(String user) {
        if (user == null) {
            return List.of();
        }
        UserLayouts mine = layouts(user);
        return mine.settings.values().stream().filter(PersonalPage::privatePage)
                .sorted(Comparator.comparingInt((PersonalPage p) -> p.position()).thenComparing(p -> p.path()))
                .map(p -> privateView(user, p, mine)).toList();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<PageDescriptor> privatePage(String user, String path) {
        if (user == null) {
            return Optional.empty();
        }
        UserLayouts mine = layouts(user);
        PersonalPage page = mine.settings.get(path);
        return page == null || !page.privatePage() ? Optional.empty() : Optional.of(privateView(user, page, mine));
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long version(String user) {
        return user == null ? 0 : layouts(user).version;
    }

    // ---------------------------------------------------------------- changes (by the caller)

    @Override
    public synchronized String addWindow(PageDescriptor page, String portlet, int column) {
        String user = caller();
        PageDescriptor arranged = current(user, page);
        int columns = columns(arranged.layout());
        if (column < 0 || column >= columns || portlet == null || !portlet.matches("[A-Za-z0-9._-]+/[A-Za-z0-9._-]+")) {
            throw new LayoutChangeRefused(Reason.INVALID, "column " + column + " / portlet " + portlet);
        }
        if (arranged.windows().stream().filter(WindowDescriptor::own).count() >= MAX_OWN_WINDOWS_PER_PAGE) {
            throw new LayoutChangeRefused(Reason.LIMIT, "windows on " + page.path());
        }
        String id = PersonalWindow.OWN_PREFIX + HexFormat.of().formatHex(randomBytes(6));
        PersonalWindow row = new PersonalWindow(user, page.path(), id, portlet);
        row.place(column, (int) arranged.windows().stream().filter(w -> w.column() == column).count());
        em.persist(row);
        changed(user);
        return id;
    }

    @Override
    public synchronized void moveWindow(PageDescriptor page, String windowId, int column, int index) {
        String user = caller();
        PageDescriptor arranged = current(user, page);
        WindowDescriptor moving = arranged.window(windowId);
        if (moving == null) {
            throw new LayoutChangeRefused(Reason.NOT_FOUND, windowId);
        }
        if (moving.locked()) {
            throw new LayoutChangeRefused(Reason.LOCKED, windowId);
        }
        int columns = columns(arranged.layout());
        if (column < 0 || column >= columns) {
            throw new LayoutChangeRefused(Reason.INVALID, "column " + column);
        }
        List<List<WindowDescriptor>> byColumn = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            int col = c;
            byColumn.add(new ArrayList<>(arranged.windows().stream().filter(w -> w.column() == col).toList()));
        }
        byColumn.get(moving.column()).remove(moving);
        List<WindowDescriptor> target = byColumn.get(column);
        target.add(Math.max(0, Math.min(index, target.size())), moving);
        Map<String, PersonalWindow> rows = rows(user, page.path());
        for (int c = 0; c < columns; c++) {
            List<WindowDescriptor> list = byColumn.get(c);
            for (int i = 0; i < list.size(); i++) {
                WindowDescriptor w = list.get(i);
                if (w.column() == c && w.position() == i && !w.id().equals(windowId)) {
                    continue;
                }
                PersonalWindow row = rows.get(w.id());
                if (row == null) {
                    row = new PersonalWindow(user, page.path(), w.id(), null);
                    em.persist(row);
                }
                row.place(c, i);
            }
        }
        changed(user);
    }

    @Override
    public synchronized void removeWindow(PageDescriptor page, String windowId) {
        String user = caller();
        PageDescriptor arranged = current(user, page);
        WindowDescriptor window = arranged.window(windowId);
        if (window == null) {
            throw new LayoutChangeRefused(Reason.NOT_FOUND, windowId);
        }
        if (window.locked()) {
            throw new LayoutChangeRefused(Reason.LOCKED, windowId);
        }
        PersonalWindow row = rows(user, page.path()).get(windowId);
        if (window.own()) {
            em.remove(row);
        } else {
            if (row == null) {
                row = new PersonalWindow(user, page.path(), windowId, null);
                row.place(window.column(), window.position());
                em.persist(row);
            }
            row.hide();
        }
        changed(user);
    }

    @Override
    public synchronized void changeLayout(PageDescriptor page, String layout) {
        if (LayoutTemplate.byId(layout).isEmpty()) {
            throw new LayoutChangeRefused(Reason.INVALID, "layout " + layout);
        }
        settingsFor(caller(), page).layout(layout);
        changed(caller());
    }

    @Override
    public synchronized void changeTheme(PageDescriptor page, String theme) {
        if (Theme.byId(theme).isEmpty()) {
            throw new LayoutChangeRefused(Reason.INVALID, "theme " + theme);
        }
        settingsFor(caller(), page).theme(theme);
        changed(caller());
    }

    @Override
    public synchronized void reset(String pagePath) {
        String user = caller();
        em.createQuery("delete from PersonalWindow w where w.userName = :user and w.pagePath = :path")
                .setParameter("user", user).setParameter("path", pagePath).executeUpdate();
        em.createQuery("delete from PersonalPage p where p.userName = :user and p.path = :path and p.privatePage = false")
                .setParameter("user", user).setParameter("path", pagePath).executeUpdate();
        changed(user);
    }

    @Override
    public synchronized String createPrivatePage(String name, String title, String layout) {
        String user = caller();
        if (name == null || !PageName.isValid(name) || title == null || title.isBlank()
                || title.strip().length() > 100 || LayoutTemplate.byId(layout).isEmpty()) {
            throw new LayoutChangeRefused(Reason.INVALID, "private page " + name);
        }
        UserLayouts mine = layouts(user);
        String path = PageDescriptor.PRIVATE_ROOT + "/" + name;
        if (mine.settings.containsKey(path)) {
            throw new LayoutChangeRefused(Reason.ALREADY_EXISTS, path);
        }
        long count = mine.settings.values().stream().filter(PersonalPage::privatePage).count();
        if (count >= MAX_PRIVATE_PAGES) {
            throw new LayoutChangeRefused(Reason.LIMIT, "private pages of " + user);
        }
        PersonalPage page = new PersonalPage(user, path, true);
        page.title(title.strip());
        page.layout(layout);
        page.position((int) count);
        em.persist(page);
        changed(user);
        return path;
    }

    @Override
    public synchronized void deletePrivatePage(String path) {
        String user = caller();
        int deleted = em.createQuery(
                "delete from PersonalPage p where p.userName = :user and p.path = :path and p.privatePage = true")
                .setParameter("user", user).setParameter("path", path).executeUpdate();
        if (deleted == 0) {
            throw new LayoutChangeRefused(Reason.NOT_FOUND, path);
        }
        em.createQuery("delete from PersonalWindow w where w.userName = :user and w.pagePath = :path")
                .setParameter("user", user).setParameter("path", path).executeUpdate();
        changed(user);
    }

    @Override
    public void sharedPagesChanged() {
        cache.clear();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                cache.clear();
            }
        });
    }

    // ---------------------------------------------------------------- helpers

    private String caller() {
        String name = context.getCallerPrincipal().getName();
        if (name == null || name.equals("anonymous")) {
            throw new LayoutChangeRefused(Reason.NOT_SIGNED_IN, "personalisation needs a signed-in user");
        }
        return name;
    }

    /** The caller's current arrangement, the private page itself when it is theirs. */
    private PageDescriptor current(String user, PageDescriptor page) {
        if (page.privatePage()) {
            return privatePage(user, page.path())
                    .orElseThrow(() -> new LayoutChangeRefused(Reason.NOT_FOUND, page.path()));
        }
        return arrangedFor(user, page);
    }

    private PersonalPage settingsFor(String user, PageDescriptor page) {
        List<PersonalPage> found = em.createQuery(
                "select p from PersonalPage p where p.userName = :user and p.path = :path", PersonalPage.class)
                .setParameter("user", user).setParameter("path", page.path()).getResultList();
        if (!found.isEmpty()) {
            return found.get(0);
        }
        if (page.privatePage()) {
            throw new LayoutChangeRefused(Reason.NOT_FOUND, page.path());
        }
        PersonalPage settings = new PersonalPage(user, page.path(), false);
        em.persist(settings);
        return settings;
    }

    private Map<String, PersonalWindow> rows(String user, String path) {
        return em.createQuery("select w from PersonalWindow w where w.userName = :user and w.pagePath = :path",
                        PersonalWindow.class)
                .setParameter("user", user).setParameter("path", path).getResultList().stream()
                .collect(Collectors.toMap(PersonalWindow::windowId, w -> w));
    }

    private static int columns(String layout) {
        return LayoutTemplate.byId(layout).map(LayoutTemplate::columns).orElse(1);
    }

    /** Forgets the user's cached arrangements now and again once the transaction has ended. */
    private void changed(String user) {
        em.flush();
        cache.remove(user);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                cache.remove(user);
            }
        });
    }

    private UserLayouts layouts(String user) {
        UserLayouts known = cache.get(user);
        if (known != null) {
            return known;
        }
        Map<String, PersonalPage> settings = em.createQuery(
                        "select p from PersonalPage p where p.userName = :user", PersonalPage.class)
                .setParameter("user", user).getResultList().stream()
                .collect(Collectors.toMap(PersonalPage::path, p -> p));
        Map<String, List<PersonalWindow>> windows = em.createQuery(
                        "select w from PersonalWindow w where w.userName = :user", PersonalWindow.class)
                .setParameter("user", user).getResultList().stream()
                .collect(Collectors.groupingBy(PersonalWindow::pagePath));
        UserLayouts loaded = new UserLayouts(Map.copyOf(settings), Map.copyOf(windows), versions.incrementAndGet());
        if (transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION
                || transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            cache.put(user, loaded);
        }
        return loaded;
    }

    private static PageDescriptor privateView(String user, PersonalPage page, UserLayouts mine) {
        PageDescriptor empty = new PageDescriptor(page.path(), null, page.position(),
                page.layout() != null ? page.layout() : LayoutTemplate.ONE_COLUMN.id(),
                page.theme() != null ? page.theme() : "default", false, Map.of("en", page.title()), List.of(),
                user, true);
        return Arrangement.of(empty, user, null, null, mine.windows.getOrDefault(page.path(), List.of()));
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private record UserLayouts(Map<String, PersonalPage> settings, Map<String, List<PersonalWindow>> windows,
                               long version) {
    }
}
