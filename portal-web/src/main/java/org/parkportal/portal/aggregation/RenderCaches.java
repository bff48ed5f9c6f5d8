package org.parkportal.portal.aggregation;

import java.util.Collection;

/** The portal's output caches: windows' markup, and whole pages whose windows may all be cached. */
public final class RenderCaches {

    /** Memory for each cache: enough for thousands of windows and a thousand or more full pages. */
    private static final long BUDGET_BYTES = 32L * 1024 * 1024;

    final OutputCache<WindowRenderer.Markup> windows = new OutputCache<>(BUDGET_BYTES, RenderCaches::weight);
    final OutputCache<PageOutput> pages = new OutputCache<>(BUDGET_BYTES, PageOutput::length);

    /** Strings take about two bytes a character. */
    private static long weight(WindowRenderer.Markup markup) {
        long chars = markup.head().length() + (markup.markup() == null ? 0 : markup.markup().length());
        return 2 * chars + 256;
    }

    /**
     * An action, and the events it raised, may change what any window of its page shows, and whatever the
     * visitor's session holds, which windows on other pages may show too.
     */
    public void afterAction(String pagePath, Collection<String> windowIds, String sessionId) {
        windowIds.forEach(windows::invalidate);
        pages.invalidate(pagePath);
        windows.invalidateScope(sessionId);
        pages.invalidateScope(sessionId);
    }
}
