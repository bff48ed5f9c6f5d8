package org.parkportal.analytics.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;

/**
 * One captured use of the portal. Nothing about a person but the user id (null: a guest) and the park company
 * (tenant); texts are cut to their column sizes and stripped of control characters. Private pages are recorded as
 * {@value #PRIVATE_PAGES}, whatever their owner named them.
 *
 * @param page    the page's path, for page views and portlet events
 * @param portlet "application/portlet", for portlet events
 * @param window  the window id, for portlet events
 * @param device  the theme the page was drawn with (default, mobile), for page views
 * @param query   the normalised search text (lower case, single spaces), for searches
 * @param hits    how many results the search had, for searches
 */
public record UsageEvent(UsageEventType type, Instant occurredAt, String user, String tenant, String page,
                         String portlet, String window, String device, String query, long hits) {

    /** Private pages' paths start with "my/"; they are counted together under this name. */
    public static final String PRIVATE_PAGES = "my";
    public static final int MAX_QUERY = 100;

    public UsageEvent {
        Objects.requireNonNull(type);
        Objects.requireNonNull(occurredAt);
        user = clean(user, 100);
        tenant = clean(tenant, 100);
        page = privatePage(clean(page, 200));
        portlet = clean(portlet, 200);
        window = clean(window, 100);
        device = clean(device, 40);
        query = query == null ? null : normalise(query);
        hits = Math.max(0, hits);
    }

    public static UsageEvent pageView(Instant at, String page, String user, String tenant, String device) {
        return new UsageEvent(UsageEventType.PAGE_VIEW, at, user, tenant, page, null, null, device, null, 0);
    }

    public static UsageEvent portletRender(Instant at, String page, String portlet, String window, String user,
                                           String tenant) {
        return new UsageEvent(UsageEventType.PORTLET_RENDER, at, user, tenant, page, portlet, window, null, null, 0);
    }

    public static UsageEvent portletAction(Instant at, String page, String portlet, String window, String user,
                                           String tenant) {
        return new UsageEvent(UsageEventType.PORTLET_ACTION, at, user, tenant, page, portlet, window, null, null, 0);
    }

    public static UsageEvent login(Instant at, String user, String tenant) {
        return new UsageEvent(UsageEventType.LOGIN, at, user, tenant, null, null, null, null, null, 0);
    }

    public static UsageEvent search(Instant at, String query, long hits, String user, String tenant) {
        return new UsageEvent(UsageEventType.SEARCH, at, user, tenant, null, null, null, null,
                query == null ? "" : query, hits);
    }

    /**
     * The event as counted: its minute, without the window id (the figures count portlets, not windows) and with
     * only whether a search found anything, so that equal uses of one minute are one row with a quantity.
     */
    public UsageEvent inMinute() {
        return new UsageEvent(type, occurredAt.truncatedTo(ChronoUnit.MINUTES), user, tenant, page, portlet, null,
                device, query, hits == 0 ? 0 : 1);
    }

    /** Lower case, whitespace collapsed, at most {@value #MAX_QUERY} characters: "Parking  Rules" and "parking rules" count together. */
    static String normalise(String query) {
        String flat = query.replaceAll("\\p{Cntrl}", " ").strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return flat.length() > MAX_QUERY ? flat.substring(0, MAX_QUERY) : flat;
    }

    private static String privatePage(String page) {
        return page != null && (page.equals(PRIVATE_PAGES) || page.startsWith(PRIVATE_PAGES + "/")) ? PRIVATE_PAGES : page;
    }

    private static String clean(String s, int max) {
        if (s == null || s.isBlank()) {
            return null;
        }
        // Recorded on every page view: the regular expression only for the rare text that needs it.
        String flat = plain(s) ? s : s.replaceAll("\\p{Cntrl}", " ").strip();
        return flat.length() > max ? flat.substring(0, max) : flat;
    }

    private static boolean plain(String s) {
        if (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1))) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (Character.isISOControl(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
