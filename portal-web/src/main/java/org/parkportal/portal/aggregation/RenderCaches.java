package org.parkportal.portal.aggregation;

import java.util.Collection;

/** The portal's output caches: windows' markup, and whole pages whose windows may all be cached. */
public final class RenderCaches {

    final OutputCache<WindowRenderer.Markup> windows = new OutputCache<>();
    final OutputCache<PageOutput> pages = new OutputCache<>();

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
