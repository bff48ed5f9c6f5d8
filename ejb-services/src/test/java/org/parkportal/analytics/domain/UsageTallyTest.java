package org.parkportal.analytics.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class UsageTallyTest {

    @Test
    void anHoursGroupsBecomeFiguresPerSubjectAndTenant() {
        UsageTally tally = new UsageTally()
                .add(new EventGroup(UsageEventType.PAGE_VIEW, "home", null, null, "acme", 5, 0))
                .add(new EventGroup(UsageEventType.PAGE_VIEW, "home", null, null, null, 2, 0))
                .add(new EventGroup(UsageEventType.PORTLET_RENDER, "home", "samples/welcome", null, "acme", 5, 0))
                .add(new EventGroup(UsageEventType.PORTLET_RENDER, "workplace", "samples/welcome", null, "acme", 3, 0))
                .add(new EventGroup(UsageEventType.PORTLET_ACTION, "home", "samples/welcome", null, "acme", 1, 0))
                .add(new EventGroup(UsageEventType.LOGIN, null, null, null, "acme", 2, 0))
                .add(new EventGroup(UsageEventType.SEARCH, null, null, "parking", "globex", 4, 1))
                .activeUsers("acme", 2);

        assertEquals(Set.of(
                new Count(Metric.PAGE_VIEWS, "home", "acme", 5),
                new Count(Metric.PAGE_VIEWS, "home", "", 2),
                new Count(Metric.PORTLET_RENDERS, "samples/welcome", "acme", 8),
                new Count(Metric.PORTLET_ACTIONS, "samples/welcome", "acme", 1),
                new Count(Metric.LOGINS, "", "acme", 2),
                new Count(Metric.SEARCHES, "parking", "globex", 4),
                new Count(Metric.SEARCHES_WITHOUT_HITS, "parking", "globex", 1),
                new Count(Metric.ACTIVE_USERS, "", "acme", 2)), Set.copyOf(tally.counts()));
    }

    @Test
    void zerosAreLeftOut() {
        UsageTally tally = new UsageTally()
                .add(new EventGroup(UsageEventType.SEARCH, null, null, "lunch", "acme", 3, 0))
                .activeUsers("", 0);

        assertEquals(List.of(new Count(Metric.SEARCHES, "lunch", "acme", 3)), tally.counts());
    }

    @Test
    void aDayIsTheSumOfItsHoursButItsActiveUsersAreCountedForTheDay() {
        List<Count> morning = List.of(new Count(Metric.PAGE_VIEWS, "home", "acme", 10),
                new Count(Metric.ACTIVE_USERS, "", "acme", 3));
        List<Count> afternoon = List.of(new Count(Metric.PAGE_VIEWS, "home", "acme", 4),
                new Count(Metric.ACTIVE_USERS, "", "acme", 2));
        UsageTally day = new UsageTally();
        morning.forEach(day::add);
        afternoon.forEach(day::add);
        // The same three users came back in the afternoon: 3 that day, not 3 + 2.
        day.activeUsers("acme", 3);

        assertEquals(Set.of(new Count(Metric.PAGE_VIEWS, "home", "acme", 14), new Count(Metric.ACTIVE_USERS, "", "acme", 3)),
                day.counts().stream().collect(Collectors.toSet()));
    }
}
