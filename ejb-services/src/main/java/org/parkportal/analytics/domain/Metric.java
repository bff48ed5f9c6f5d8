package org.parkportal.analytics.domain;

/** What the aggregates count, and what a count's subject is for each. */
public enum Metric {
    /** Subject: the page path. */
    PAGE_VIEWS,
    /** Subject: the portlet ("application/portlet"). */
    PORTLET_RENDERS,
    /** Subject: the portlet. */
    PORTLET_ACTIONS,
    /** No subject. */
    LOGINS,
    /** Subject: the normalised query. */
    SEARCHES,
    /** Subject: the normalised query of searches that found nothing. */
    SEARCHES_WITHOUT_HITS,
    /** No subject: distinct signed-in users in the period (not a sum of shorter periods). */
    ACTIVE_USERS
}
