package org.parkportal.analytics.domain;

/** What the portal captures about its use. */
public enum UsageEventType {
    /** A page was shown (rendered or served from the page cache). */
    PAGE_VIEW,
    /** A portlet window was shown as part of a page view. */
    PORTLET_RENDER,
    /** A portlet window processed an action (a form sent, a link followed). */
    PORTLET_ACTION,
    /** A user signed in. */
    LOGIN,
    /** Someone searched; the event keeps the query and how many hits it had. */
    SEARCH
}
