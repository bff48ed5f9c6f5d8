package org.parkportal.search.application;

import jakarta.ejb.Local;
import org.parkportal.search.domain.SearchDocument;

/**
 * For the services whose things are to be found (web content, knowledge articles, pages, people, ...): publish a
 * document when it appears or changes, withdraw it when it goes. Both join the caller's transaction: what the caller
 * rolls back is never searchable, and each node's index follows within a second or two of the commit. Unchecked: the
 * calling service has decided who may see the document and says so in its viewers.
 */
@Local
public interface SearchPublisher {

    /** Adds or replaces the document with this id; publishing an unchanged document does nothing. */
    void publish(SearchDocument document);

    /** Removes the document with this id, if there is one. */
    void withdraw(String id);
}
