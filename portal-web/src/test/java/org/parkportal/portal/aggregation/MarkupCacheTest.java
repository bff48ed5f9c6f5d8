package org.parkportal.portal.aggregation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class MarkupCacheTest {

    private final AtomicLong now = new AtomicLong();
    private final MarkupCache cache = new MarkupCache(now::get);
    private final MarkupCache.Key key = new MarkupCache.Key("w1", "", "/portal/home", "en");

    @Test
    void servesMarkupUntilItExpires() {
        cache.put(key, "<p>hi</p>", "Title", "", Map.of(), 30);
        now.addAndGet(29_000_000_000L);
        assertEquals("<p>hi</p>", cache.get(key).markup());
        now.addAndGet(1_000_000_000L);
        assertNull(cache.get(key));
    }

    @Test
    void zeroSecondsMeansNoCaching() {
        cache.put(key, "<p>hi</p>", "Title", "", Map.of(), 0);
        assertNull(cache.get(key));
    }

    @Test
    void otherPageStateOrVisitorMisses() {
        cache.put(key, "<p>hi</p>", "Title", "", Map.of(), 30);
        assertNull(cache.get(new MarkupCache.Key("w1", "", "/portal/home?m.w1=edit", "en")));
        assertNull(cache.get(new MarkupCache.Key("w1", "session-2", "/portal/home", "en")));
        assertNull(cache.get(new MarkupCache.Key("w1", "", "/portal/home", "fr")));
        assertNotNull(cache.get(key));
    }

    @Test
    void invalidationDropsEveryEntryOfTheWindow() {
        cache.put(key, "a", "T", "", Map.of(), 30);
        cache.put(new MarkupCache.Key("w1", "s", "/portal/home", "en"), "b", "T", "", Map.of(), 30);
        cache.put(new MarkupCache.Key("w2", "", "/portal/home", "en"), "c", "T", "", Map.of(), 30);
        cache.invalidate("w1");
        assertEquals(1, cache.size());
    }
}
