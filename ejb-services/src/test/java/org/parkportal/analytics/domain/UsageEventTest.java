package org.parkportal.analytics.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class UsageEventTest {

    @Test
    void privatePagesAreCountedTogetherWhateverTheirOwnerNamedThem() {
        assertEquals("my", UsageEvent.pageView(Instant.EPOCH, "my/diary-of-alice", "alice", "acme", "default").page());
        assertEquals("workplace", UsageEvent.pageView(Instant.EPOCH, "workplace", "alice", "acme", "default").page());
        assertEquals("mystery", UsageEvent.pageView(Instant.EPOCH, "mystery", null, null, "mobile").page());
    }

    @Test
    void searchQueriesAreNormalisedAndCut() {
        UsageEvent search = UsageEvent.search(Instant.EPOCH, "  Parking\tRULES \n  ", 3, "bob", "acme");

        assertEquals("parking rules", search.query());
        assertEquals(UsageEvent.MAX_QUERY, UsageEvent.search(Instant.EPOCH, "x".repeat(300), 0, null, null).query().length());
    }

    @Test
    void blankFieldsAreAbsentAndNegativeHitsAreNone() {
        UsageEvent login = UsageEvent.login(Instant.EPOCH, "carol", " ");

        assertNull(login.tenant());
        assertEquals(0, UsageEvent.search(Instant.EPOCH, "x", -5, null, null).hits());
    }
}
