package org.parkportal.portal.aggregation;

import java.util.List;
import java.util.Map;

/** Everything a theme template needs to draw a page; the getters are what page.jsp reads through EL. */
public final class PageView {

    static final String SEARCH_PAGE = "search";
    static final String NOTIFICATIONS_PAGE = "workplace/notifications";
    static final String SEARCH_WORDS = "pr.{http://parkportal.org/search}q";

    private final String title;
    private final String lang;
    private final String theme;
    private final String contextPath;
    private final String layout;
    private final String headMarkup;
    private final Map<String, String> messages;
    private final List<NavItem> navigation;
    private final List<ColumnView> columns;
    private final WindowView maximizedWindow;
    private final List<Option> locales;
    private final List<Option> themes;
    private final HeaderView header;
    private final CustomiseView customise;

    public PageView(String title, String lang, String theme, String contextPath, String layout, String headMarkup,
                    Map<String, String> messages, List<NavItem> navigation, List<ColumnView> columns,
                    WindowView maximizedWindow, List<Option> locales, List<Option> themes, HeaderView header, CustomiseView customise) {
        this.title = title;
        this.lang = lang;
        this.theme = theme;
        this.contextPath = contextPath;
        this.layout = layout;
        this.headMarkup = headMarkup;
        this.messages = messages;
        this.navigation = navigation;
        this.columns = columns;
        this.maximizedWindow = maximizedWindow;
        this.locales = locales;
        this.themes = themes;
        this.header = header;
        this.customise = customise;
    }

    public String getTitle() { return title; }
    public String getLang() { return lang; }
    public String getDir() { return "ltr"; }
    public String getTheme() { return theme; }
    public String getContextPath() { return contextPath; }
    public String getLayout() { return layout; }
    public String getHeadMarkup() { return headMarkup; }
    public Map<String, String> getMessages() { return messages; }
    public List<NavItem> getNavigation() { return navigation; }
    public List<ColumnView> getColumns() { return columns; }
    public WindowView getMaximizedWindow() { return maximizedWindow; }
    public List<Option> getLocales() { return locales; }
    public List<Option> getThemes() { return themes; }
    public String getUserName() { return header.userName(); }
    public String getLoginUrl() { return header.loginUrl(); }
    /** Sign-out is a POST form carrying {@link #getCsrfToken()}. */
    public String getLogoutUrl() { return header.logoutUrl(); }
    public String getCsrfToken() { return header.csrfToken(); }
    /** Where the switchers' forms go back to after a choice (the current page address). */
    public String getSwitchBack() { return header.here(); }
    /** The customise panel; null when the visitor may not arrange this page. */
    public CustomiseView getCustomise() { return customise; }
    public String getHomeUrl() { return contextPath + "/"; }
    /** The signed-in visitor's unread notifications for the bell; null for a guest (no bell) or when unknown. */
    public Long getUnreadCount() { return header.unread(); }
    /** The page of the notifications portlet (demo-pages.json), where the bell leads. */
    public String getNotificationsUrl() { return contextPath + "/" + NOTIFICATIONS_PAGE; }
    /** The page of the search portlet (demo-pages.json); the theme's search box sends its words there. */
    public String getSearchUrl() { return contextPath + "/" + SEARCH_PAGE; }
    /** The words as the search portlet's public render parameter {http://parkportal.org/search}q (its portlet.xml). */
    public String getSearchParameter() { return SEARCH_WORDS; }
    public String getSuggestionsUrl() { return contextPath + "/api/v1/search/suggestions"; }
    /** The language and theme switchers POST here (with the token), see PreferencesServlet. */
    public String getLocaleSwitchUrl() { return contextPath + "/preferences"; }
    public String getThemeSwitchUrl() { return contextPath + "/preferences"; }

    /** A menu entry of the page tree. */
    /**
     * The header's user area (the signed-in user's name with the sign-out form, or for a guest the sign-in link)
     * and what its forms need. The token is the page's placeholder, replaced per visitor when the page is written.
     */
    public record HeaderView(String userName, String loginUrl, String logoutUrl, String csrfToken, String here,
                             Long unread) {
    }

    /**
     * What the customise panel offers: portlets to add (the visitor's catalogue), columns, layouts and themes,
     * reset (only when the visitor changed this shared page) and deleting (their private page).
     */
    public record CustomiseView(String actionUrl, String pagePath, boolean privatePage, boolean changed,
                                List<Option> portlets, List<Option> columns, List<Option> layouts,
                                List<Option> themes) {
        public String getActionUrl() { return actionUrl; }
        public String getPagePath() { return pagePath; }
        public boolean isPrivatePage() { return privatePage; }
        public boolean isChanged() { return changed; }
        public List<Option> getPortlets() { return portlets; }
        public List<Option> getColumns() { return columns; }
        public List<Option> getLayouts() { return layouts; }
        public List<Option> getThemes() { return themes; }
    }

    public record NavItem(String title, String url, boolean current, List<NavItem> children) {
        public String getTitle() { return title; }
        public String getUrl() { return url; }
        public boolean isCurrent() { return current; }
        public List<NavItem> getChildren() { return children; }
    }

    /** A choice in a switcher (language or theme). */
    public record Option(String value, String label, boolean selected) {
        public String getTag() { return value; }
        public String getName() { return value; }
        public String getLabel() { return label; }
        public boolean isSelected() { return selected; }
    }

    public record ColumnView(int index, List<WindowView> windows) {
        public int getIndex() { return index; }
        public List<WindowView> getWindows() { return windows; }
    }
}
