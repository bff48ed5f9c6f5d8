package org.parkportal.notification.application.internal;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Singleton;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToLongFunction;

/**
 * The bell's unread counts on this node, each kept for {@code portal.notifications.count-seconds} (default 5):
 * the theme shows the count on every page, and a count query per page cost the portal page a large share of its
 * throughput. Telling someone or marking read on this node forgets their count at once; another node's change
 * shows within the time-to-live.
 */
@Singleton
@LocalBean
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class UnreadCounts {

    private static final long TTL_NANOS = Long.getLong("portal.notifications.count-seconds", 5) * 1_000_000_000L;
    private static final int MAX_USERS = 100_000;

    private record Count(long unread, long fetchedAt) {
    }

    private final Map<String, Count> counts = new ConcurrentHashMap<>();

    public long unread(String user, ToLongFunction<String> query) {
        long now = System.nanoTime();
        Count cached = counts.get(user);
        if (cached != null && now - cached.fetchedAt() < TTL_NANOS) {
            return cached.unread();
        }
        long unread = query.applyAsLong(user);
        if (counts.size() >= MAX_USERS) {
            counts.clear();
        }
        counts.put(user, new Count(unread, now));
        return unread;
    }

    public void forget(String user) {
        counts.remove(user);
    }
}
