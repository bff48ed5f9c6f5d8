package org.parkportal.analytics.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of one period from its events: views per page, renders and actions per portlet, logins, searches (and
 * those without hits) per query, each per tenant, and the distinct signed-in users per tenant.
 */
public final class UsageTally {

    private final Map<Count.Key, Long> amounts = new LinkedHashMap<>();

    /** Adds a group of events. */
    public UsageTally add(EventGroup group) {
        switch (group.type()) {
            case PAGE_VIEW -> add(Metric.PAGE_VIEWS, group.page(), group.tenant(), group.events());
            case PORTLET_RENDER -> add(Metric.PORTLET_RENDERS, group.portlet(), group.tenant(), group.events());
            case PORTLET_ACTION -> add(Metric.PORTLET_ACTIONS, group.portlet(), group.tenant(), group.events());
            case LOGIN -> add(Metric.LOGINS, null, group.tenant(), group.events());
            case SEARCH -> {
                add(Metric.SEARCHES, group.query(), group.tenant(), group.events());
                add(Metric.SEARCHES_WITHOUT_HITS, group.query(), group.tenant(), group.withoutHits());
            }
        }
        return this;
    }

    /** Sets the distinct signed-in users of a tenant in the period (counted by the database, never summed). */
    public UsageTally activeUsers(String tenant, long users) {
        amounts.put(new Count(Metric.ACTIVE_USERS, null, tenant, 0).key(), users);
        return this;
    }

    /** Adds a figure of a shorter period (an hour of the day being rolled up); active users are not summed. */
    public UsageTally add(Count count) {
        if (count.metric() != Metric.ACTIVE_USERS) {
            add(count.metric(), count.subject(), count.tenant(), count.amount());
        }
        return this;
    }

    /** The figures, zeros left out. */
    public List<Count> counts() {
        List<Count> counts = new ArrayList<>();
        amounts.forEach((key, amount) -> {
            if (amount > 0) {
                counts.add(new Count(key.metric(), key.subject(), key.tenant(), amount));
            }
        });
        return counts;
    }

    private void add(Metric metric, String subject, String tenant, long amount) {
        if (amount > 0) {
            amounts.merge(new Count(metric, subject, tenant, 0).key(), amount, Long::sum);
        }
    }
}
