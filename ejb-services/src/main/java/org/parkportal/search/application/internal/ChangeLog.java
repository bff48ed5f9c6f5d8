package org.parkportal.search.application.internal;

import jakarta.ejb.Local;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parkportal.search.domain.IndexChange;
import org.parkportal.search.domain.SearchDocument;

/**
 * The published documents and the log of their changes, in the portal database: written in the publisher's
 * transaction (so what rolls back is never indexed), read by every node's applier.
 */
@Local
public interface ChangeLog {

    /** Stores the document and logs the change; false (and nothing logged) when it is stored exactly so already. */
    boolean publish(SearchDocument document);

    /** Removes the document and logs the change; false when there was none. */
    boolean withdraw(String id);

    /** Logs a request that every node rebuild its index from the documents. */
    void requestRebuild();

    /** Entries after that id, oldest first. */
    List<IndexChange> changesAfter(long id, int max);

    /** Entries recorded at or after that time (epoch milliseconds), oldest first. */
    List<IndexChange> changesSince(long recordedAt, int max);

    /** The highest id of the log, 0 when it is empty. */
    long lastChangeId();

    Optional<SearchDocument> document(String id);

    /** Documents by id after the given one (null: from the first), for paging through all of them. */
    List<SearchDocument> documents(String afterId, int max);

    Set<String> idsOfType(String type);

    long documentCount();

    /** Removes the entries recorded before that time (epoch milliseconds); returns how many. */
    int forget(long recordedBefore);
}
