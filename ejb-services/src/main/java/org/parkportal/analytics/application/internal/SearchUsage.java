package org.parkportal.analytics.application.internal;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.parkportal.analytics.application.UsageRecorder;
import org.parkportal.search.domain.SearchPerformed;

/**
 * Hears of every search (the search context's SearchPerformed event, fired on the searcher's thread) and records it:
 * the query and its hit count, with the searcher's user id and company taken by the recorder from the caller.
 * A CDI bean, not an EJB: an EJB observes only through a business method of its own interface.
 */
@ApplicationScoped
public class SearchUsage {

    @EJB
    private UsageRecorder recorder;

    void searched(@Observes SearchPerformed search) {
        recorder.searched(search.text(), search.hits());
    }
}
