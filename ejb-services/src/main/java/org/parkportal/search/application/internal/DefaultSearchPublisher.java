package org.parkportal.search.application.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import org.parkportal.search.application.SearchPublisher;
import org.parkportal.search.domain.SearchDocument;

/** Writes to the change log in the caller's transaction and nudges this node's index once it commits. */
@Stateless
public class DefaultSearchPublisher implements SearchPublisher {

    @EJB
    private ChangeLog log;

    @EJB
    private IndexNode node;

    @Override
    public void publish(SearchDocument document) {
        if (log.publish(document)) {
            node.nudgeAfterCommit();
        }
    }

    @Override
    public void withdraw(String id) {
        if (log.withdraw(id)) {
            node.nudgeAfterCommit();
        }
    }
}
