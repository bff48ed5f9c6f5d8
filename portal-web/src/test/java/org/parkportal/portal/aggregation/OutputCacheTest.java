package org.parkportal.portal.aggregation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class OutputCacheTest {

    private final AtomicLong now = new AtomicLong();
    private final OutputCache<String> cache = new OutputCache<>(1_000, String::length, now::get);
    private final OutputCache.Key key = new OutputCache.Key("w1", "", "/portal/home", "en");

    @Test
    void servesMarkupUntilItExpires() {
        cache.put(key, "<p>hi</p>", 30);
        now.addAndGet(29_000_000_000L);
        assertEquals("<p>hi</p>", cache.get(key).value());
        now.addAndGet(1_000_000_000L);
        assertNull(cache.get(key));
    }

    @Test
    void zeroSecondsMeansNoCaching() {
        cache.put(key, "<p>hi</p>", 0);
        assertNull(cache.get(key));
    }

    @Test
    void otherPageStateOrVisitorMisses() {
        cache.put(key, "<p>hi</p>", 30);
        assertNull(cache.get(new OutputCache.Key("w1", "", "/portal/home?m.w1=edit", "en")));
        assertNull(cache.get(new OutputCache.Key("w1", "session-2", "/portal/home", "en")));
        assertNull(cache.get(new OutputCache.Key("w1", "", "/portal/home", "fr")));
        assertNotNull(cache.get(key));
    }

    @Test
    void invalidationDropsEveryEntryOfTheWindow() {
        cache.put(key, "a", 30);
        cache.put(new OutputCache.Key("w1", "s", "/portal/home", "en"), "b", 30);
        cache.put(new OutputCache.Key("w2", "", "/portal/home", "en"), "c", 30);
        cache.invalidate("w1");
        assertEquals(1, cache.size());
    }

    @Test
    void aVisitorsActionDropsTheirPrivateMarkupOnly() {
        cache.put(new OutputCache.Key("w1", "session-1", "/portal/home", "en"), "mine", 30);
        cache.put(new OutputCache.Key("w2", "session-1", "/portal/other", "en"), "mine too", 30);
        cache.put(new OutputCache.Key("w1", "session-2", "/portal/home", "en"), "theirs", 30);
        cache.put(key, "public", 30);
        cache.invalidateScope("session-1");
        assertEquals(2, cache.size());
        assertNotNull(cache.get(key));
    }

    @Test
    void staysWithinItsMemoryBudget() {
        for (int i = 0; i < 50; i++) {
            cache.put(new OutputCache.Key("w" + i, "", "/portal/home", "en"), "x".repeat(100), 30);
            assertTrue(cache.weight() <= 1_000, "weight " + cache.weight());
        }
        cache.put(new OutputCache.Key("huge", "", "/portal/home", "en"), "x".repeat(2_000), 30);
        assertNull(cache.get(new OutputCache.Key("huge", "", "/portal/home", "en")), "a value over the budget is not kept");
        cache.invalidate("w49");
        assertTrue(cache.weight() < 1_000);
    }
}
