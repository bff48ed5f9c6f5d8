package org.parkportal.portal.aggregation;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parkportal.notification.application.Notifications;
import org.apache.pluto.container.PageResourceId;
import org.parkportal.layout.application.PageDescriptor;
import org.parkportal.layout.application.PageService;
import org.parkportal.layout.application.PersonalizationService;
import org.parkportal.layout.application.WindowDescriptor;
import org.parkportal.layout.domain.LayoutTemplate;
import org.parkportal.portal.access.PageAccess;
import org.parkportal.portal.container.PortalWindow;
import org.parkportal.portal.container.RequestState;
import org.parkportal.portal.csrf.CsrfToken;
import org.parkportal.portal.csrf.TokenPlaceholder;
import org.parkportal.portal.driver.Locales;
import org.parkportal.portal.hub.HubPageState;
import org.parkportal.portal.identity.SignInServlet;
import org.parkportal.portal.identity.SignOutServlet;
import org.parkportal.portal.identity.Visitor;
import org.parkportal.portal.driver.Themes;
import org.parkportal.portal.navigation.PortalUrl;
import org.parkportal.portal.navigation.PortalUrlCodec;

/**
 * Renders a page: the header phase of the windows that have one, then every visible window in turn (each into its
 * own buffer, so a failing or slow portlet only costs its own box), then the page's theme template draws it.
 * Page resources (Portlet 3 dependencies) are written once per page, however many windows declare them.
 */
public final class PageAggregator {

    private static final Logger LOG = Logger.getLogger(PageAggregator.class.getName());

    private static final Map<Locale, Map<String, String>> MESSAGE_MAPS = new java.util.concurrent.ConcurrentHashMap<>();

    private final PageService pages;
    private final ServletContext servletContext;
    private final WindowRenderer windows;
    private final OutputCache<PageOutput> cache;
    private final TokenPlaceholder tokens;
    private final PersonalizationService personal;
    private final Notifications notifications;

    public PageAggregator(PageService pages, ServletContext servletContext, WindowRenderer windows,
                          RenderCaches caches, TokenPlaceholder tokens, PersonalizationService personal,
                          Notifications notifications) {
        this.pages = pages;
        this.notifications = notifications;
        this.personal = personal;
        this.servletContext = servletContext;
        this.windows = windows;
        this.cache = caches.pages;
        this.tokens = tokens;
    }

    /**
     * Renders the page, or serves it from the cache when every window on it allowed caching (expiration-cache)
     * and the same visitor (or, when all its windows are public, anybody) asked for the same page state lately.
     */
    public void render(PageDescriptor page, PortalUrl url, Map<String, PortalWindow> windows, RequestState state,
                       Locale locale, PageAccess access, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        String theme = Themes.resolve(request, page.theme());
        String pageState = PortalUrlCodec.encode(url, "", null);
        // The snapshot's identity changes with every import, which may change this page or the navigation.
        Visitor visitor = access.visitor();
        // The bell's count is part of the page: a cached page is only served again while the count is the same.
        Long unread = unread(visitor);
        String cacheState = pageState + "|" + theme + "|" + System.identityHashCode(pages.pages()) + "|" + unread;
        // "Public" means shared by the requests of one user (or of all guests) under the same grants: the
        // navigation and the windows differ by who is asking.
        OutputCache.Key publicKey = new OutputCache.Key(page.path(), access.cacheScope(), cacheState,
                locale.toLanguageTag());
        OutputCache.Key privateKey = new OutputCache.Key(page.path(), request.getSession().getId(), cacheState,
                locale.toLanguageTag());
        OutputCache.Hit<PageOutput> cached = cache.get(privateKey);
        if (cached == null) {
            cached = cache.get(publicKey);
        }
        if (cached != null) {
            write(cached.value(), request, response);
            return;
        }

        ResourceBundle messages = ResourceBundle.getBundle("org.parkportal.portal.messages", locale);
        String maximized = url.maximizedWindow();
        if (maximized != null && !windows.containsKey(maximized)) {
            maximized = null;
        }
        Map<PageResourceId, String> resources = new LinkedHashMap<>();
        StringBuilder head = new StringBuilder();
        int columns = LayoutTemplate.byId(page.layout()).map(LayoutTemplate::columns).orElse(1);
        List<List<WindowView>> byColumn = new ArrayList<>();
        for (int i = 0; i < columns; i++) {
            byColumn.add(new ArrayList<>());
        }
        WindowView maximizedView = null;
        Cacheability cacheability = new Cacheability();
        boolean customisable = access.canCustomise(page) && maximized == null;
        for (WindowDescriptor placement : page.windows()) {
            if ((maximized != null && !maximized.equals(placement.id())) || !access.canView(placement)) {
                continue;
            }
            PortalWindow window = windows.get(placement.id());
            WindowView view;
            if (window == null) {
                view = unavailable(placement, messages, customisable ? arrange(placement, page, columns) : null);
                cacheability.notCacheable();
            } else {
                WindowRenderer.Rendered r = this.windows.render(window, pageState, locale, request, response);
                head.append(r.head());
                r.resources().forEach(resources::putIfAbsent);
                cacheability.add(r);
                view = new WindowView(placement.id(), placement.portlet(), r.title(), window.getPortletMode().toString(),
                        window.getWindowState().toString(), r.markup(),
                        r.failure() == null ? null : messages.getString(r.failure()), controls(window, state, messages, locale, access.canCustomise(page)),
                        customisable ? arrange(placement, page, columns) : null);
            }
            if (maximized != null) {
                maximizedView = view;
            } else {
                byColumn.get(Math.min(placement.column(), columns - 1)).add(view);
            }
        }
        resources.values().forEach(head::append);
        // The Portlet Hub and the page state it starts from; the token is filled in per visitor like any other.
        head.append("<script id=\"pp-page-state\" type=\"application/json\">")
                .append(HubPageState.forScript(HubPageState.of(url, windows, request.getContextPath(), tokens.text())))
                .append("</script><script src=\"").append(request.getContextPath())
                .append("/themes/common/portlet-hub.js\"></script>");

        List<PageView.ColumnView> columnViews = new ArrayList<>();
        for (int i = 0; i < columns; i++) {
            columnViews.add(new PageView.ColumnView(i, byColumn.get(i)));
        }
        String lang = locale.toLanguageTag();
        PageView view = new PageView(page.title(lang), lang, theme, request.getContextPath(), page.layout(),
                head.toString(), messageMap(messages), navigation(page, lang, request.getContextPath(), access),
                columnViews, maximizedView, localeOptions(locale), themeOptions(theme, messages),
                header(visitor, PortalUrlCodec.encode(url, request.getContextPath(), null), request, unread),
                customisable ? customise(page, columns, request, messages, access, locale) : null);
        request.setAttribute("page", view);
        BufferedResponse html = new BufferedResponse(response);
        servletContext.getRequestDispatcher("/themes/" + theme + "/page.jsp").forward(request, html);
        PageOutput output = new PageOutput(html.text(), tokens.text());
        cache.put(cacheability.publicScope ? publicKey : privateKey, output, cacheability.seconds());
        write(output, request, response);
    }

    private void write(PageOutput page, HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] token = page.needsToken()
                ? CsrfToken.of(request.getSession()).getBytes(StandardCharsets.US_ASCII) : new byte[0];
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(page.length(token.length));
        page.writeTo(response.getOutputStream(), token);
    }

    /** {@code here} is the page's canonical render URL: the cached page must not carry this request's extras. */
    private PageView.HeaderView header(Visitor visitor, String here, HttpServletRequest request, Long unread) {
        String context = request.getContextPath();
        if (visitor.isGuest()) {
            return new PageView.HeaderView(null, SignInServlet.linkFrom(context, here), null, tokens.text(), here, null);
        }
        return new PageView.HeaderView(visitor.displayName(), null, context + SignOutServlet.PATH, tokens.text(), here,
                unread);
    }

    /**
     * The signed-in visitor's unread notifications: one count query per page (never per window), none for a guest.
     * Null when the back office cannot say; the theme then shows the bell without a count rather than no page.
     */
    private Long unread(Visitor visitor) {
        if (visitor.isGuest() || notifications == null) {
            return null;
        }
        try {
            return notifications.unread();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The unread count for " + visitor.name() + " failed", e);
            return null;
        }
    }

    /** Whether a page can be cached, and for how long: only as long as every one of its windows. */
    private static final class Cacheability {
        private int seconds = Integer.MAX_VALUE;
        private boolean publicScope = true;

        void add(WindowRenderer.Rendered window) {
            seconds = window.failure() != null ? 0 : Math.min(seconds, window.cacheSeconds());
            publicScope &= window.publicScope();
        }

        void notCacheable() {
            seconds = 0;
        }

        int seconds() {
            return seconds == Integer.MAX_VALUE ? 0 : seconds;
        }
    }

    private static WindowView unavailable(WindowDescriptor placement, ResourceBundle messages,
                                          WindowView.Arrange arrange) {
        return new WindowView(placement.id(), placement.portlet(), placement.portletName(), "view", "normal", null,
                messages.getString("window.unavailable"), List.of(), arrange);
    }

    /** The moves the window's place allows (none for a locked window). */
    private static WindowView.Arrange arrange(WindowDescriptor w, PageDescriptor page, int columns) {
        long inColumn = page.windows().stream().filter(o -> o.column() == w.column()).count();
        boolean free = !w.locked();
        return new WindowView.Arrange(w.locked(), w.own(), w.column(), w.position(), free && w.position() > 0,
                free && w.position() < inColumn - 1, free && w.column() > 0, free && w.column() < columns - 1);
    }

    private static PageView.CustomiseView customise(PageDescriptor page, int columns, HttpServletRequest request,
                                                    ResourceBundle messages, PageAccess access, Locale locale) {
        List<PageView.Option> portlets = org.parkportal.portal.catalog.PortletCatalog.usableBy(access, locale).stream()
                .map(e -> new PageView.Option(e.name(), e.title(), false)).toList();
        List<PageView.Option> columnOptions = new ArrayList<>();
        for (int i = 0; i < columns; i++) {
            columnOptions.add(new PageView.Option(String.valueOf(i),
                    java.text.MessageFormat.format(messages.getString("customise.columnN"), i + 1), i == 0));
        }
        List<PageView.Option> layouts = java.util.Arrays.stream(LayoutTemplate.values())
                .map(l -> new PageView.Option(l.id(), label(messages, "layout." + l.id(), l.id()),
                        l.id().equals(page.layout()))).toList();
        return new PageView.CustomiseView(request.getContextPath() + "/personal", page.path(), page.privatePage(),
                page.owner() != null && !page.privatePage(), portlets, columnOptions, layouts,
                themeOptions(page.theme(), messages));
    }

    /** Mode controls for the modes the portlet supports, and the three window states. */
    private List<WindowView.Control> controls(PortalWindow window, RequestState state, ResourceBundle messages,
                                              Locale locale, boolean editAllowed) {
        List<WindowView.Control> controls = new ArrayList<>();
        String id = window.getId().getStringId();
        var supports = window.getPortletDefinition().getSupports("text/html");
        List<String> modes = new ArrayList<>(List.of("view"));
        if (supports != null) {
            supports.getPortletModes().stream().map(String::toLowerCase).filter(m -> !modes.contains(m))
                    .filter(m -> editAllowed || !m.equals("edit")).forEach(modes::add);
        }
        if (modes.size() > 1) {
            for (String mode : modes) {
                PortalUrl url = state.url().copy();
                url.target(PortalUrl.Lifecycle.RENDER, null);
                url.window(id).mode(mode);
                String label = messages.containsKey("window.mode." + mode) ? messages.getString("window.mode." + mode)
                        : windows.customModeName(window, mode, locale);
                controls.add(new WindowView.Control("mode-" + mode, label,
                        PortalUrlCodec.encode(url, state.contextPath(), null),
                        mode.equals(window.getPortletMode().toString())));
            }
        }
        for (String windowState : List.of("minimized", "normal", "maximized")) {
            PortalUrl url = state.url().copy();
            url.target(PortalUrl.Lifecycle.RENDER, null);
            if (windowState.equals("maximized")) {
                url.windows().values().forEach(w -> { if ("maximized".equals(w.state())) w.state(null); });
            }
            url.window(id).state(windowState);
            controls.add(new WindowView.Control("state-" + windowState,
                    label(messages, "window.state." + windowState, windowState),
                    PortalUrlCodec.encode(url, state.contextPath(), null),
                    windowState.equals(window.getWindowState().toString())));
        }
        return controls;
    }

    private static String label(ResourceBundle messages, String key, String fallback) {
        return messages.containsKey(key) ? messages.getString(key) : fallback;
    }

    /**
     * The page tree as far as the visitor may view it. A page they may not view is left out, and the pages below it
     * that they may view take its place (it-ops see "Cloud", admin/cloud, without seeing
     * Administration itself).
     */
    private List<PageView.NavItem> navigation(PageDescriptor current, String lang, String contextPath,
                                              PageAccess access) {
        List<PageView.NavItem> items = children(null, current, lang, contextPath, access);
        if (!access.visitor().isGuest()) {
            // The user's private pages follow the shared ones.
            items = new ArrayList<>(items);
            for (PageDescriptor p : personal.privatePages(access.visitor().name())) {
                items.add(new PageView.NavItem(p.title(lang), contextPath + "/" + p.path(),
                        current.path().equals(p.path()), List.of()));
            }
        }
        return items;
    }

    private List<PageView.NavItem> children(String parent, PageDescriptor current, String lang, String contextPath,
                                            PageAccess access) {
        List<PageView.NavItem> items = new ArrayList<>();
        for (PageDescriptor p : pages.pages()) {
            if (p.hidden() || !java.util.Objects.equals(p.parent(), parent)) {
                continue;
            }
            List<PageView.NavItem> below = children(p.path(), current, lang, contextPath, access);
            if (access.canView(p)) {
                boolean isCurrent = current.path().equals(p.path()) || current.path().startsWith(p.path() + "/");
                items.add(new PageView.NavItem(p.title(lang), contextPath + "/" + p.path(), isCurrent, below));
            } else {
                items.addAll(below);
            }
        }
        return items;
    }

    /** The chrome's texts for the theme template; the same map for every page in a language. */
    private static Map<String, String> messageMap(ResourceBundle messages) {
        return MESSAGE_MAPS.computeIfAbsent(messages.getLocale(), locale -> {
            Map<String, String> map = new LinkedHashMap<>();
            for (String key : messages.keySet()) {
                map.put(key, messages.getString(key));
            }
            return java.util.Collections.unmodifiableMap(map);
        });
    }

    private static List<PageView.Option> localeOptions(Locale current) {
        return Locales.SUPPORTED.stream().map(l -> new PageView.Option(l.toLanguageTag(),
                endonym(l), l.equals(current))).toList();
    }

    /** The language's own name, capitalised as a menu entry ("Français", not "français"). */
    private static String endonym(Locale language) {
        String name = language.getDisplayName(language);
        return name.substring(0, 1).toUpperCase(language) + name.substring(1);
    }

    private static List<PageView.Option> themeOptions(String current, ResourceBundle messages) {
        return Themes.AVAILABLE.stream().map(t -> new PageView.Option(t,
                label(messages, "theme." + t, t), t.equals(current))).toList();
    }
}
