package org.parkportal.analytics.application;

import jakarta.ejb.Local;
import org.parkportal.analytics.domain.UsageEvent;

/**
 * Captures usage off the request path: events go into a bounded queue that a background task writes to the
 * database in batches. Recording never waits and never fails the caller; when the queue is full the event is dropped
 * and counted (a slow or unreachable store costs events, never page time).
 */
@Local
public interface UsageRecorder {

    /** Queues the events (e.g. a page view with the renders of its windows). */
    void record(UsageEvent... events);

    /**
     * For the search context: the caller searched for {@code query} and got {@code hits} results. The user and
     * tenant are the caller's. The query is kept normalised (lower case, single spaces, at most 100 characters).
     */
    void searched(String query, long hits);

    /** Events accepted, dropped (queue full) and lost (the store failed) since this node started; waiting now. */
    RecorderStatus status();
}
