package org.parkportal.search.application;

import jakarta.ejb.Local;
import java.util.List;
import org.parkportal.search.domain.SearchQuery;
import org.parkportal.search.domain.SearchResults;
import org.parkportal.search.domain.Suggestion;

/**
 * Searching for the current caller: only documents whose viewers include the caller (their user, groups, signed in
 * or not) and, for a company's documents, of the caller's company are counted, shown, highlighted or suggested.
 */
@Local
public interface SearchService {

    /** @throws org.parkportal.search.domain.QueryRejected when the words cannot be searched as typed */
    SearchResults search(SearchQuery query);

    /** Titles that begin with the typed words, at most {@code limit}. */
    List<Suggestion> suggest(String text, String language, int limit);

    /** Whether the caller may rebuild the index (an administrator). */
    boolean mayRebuild();

    /**
     * Reads pages and people again from their contexts and has every node rebuild its index from the database.
     * Returns the number of documents the index will hold.
     *
     * @throws SearchAccessDenied for anyone but an administrator
     */
    long rebuild();
}
