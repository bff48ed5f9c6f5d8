package org.parkportal.search.domain;

import java.util.List;
import java.util.Map;

/**
 * One page of results with what is needed to page and to narrow by type. Counts only ever include documents the
 * visitor may see.
 *
 * @param total        all matches of the query (with the type filter, if any)
 * @param countsByType the matches of the query per type, without the type filter (for the type choice)
 */
public record SearchResults(SearchQuery query, List<SearchHit> hits, long total, Map<String, Long> countsByType) {

    public static SearchResults none(SearchQuery query) {
        return new SearchResults(query, List.of(), 0, Map.of());
    }

    public SearchResults {
        hits = List.copyOf(hits);
        countsByType = Map.copyOf(countsByType);
    }

    public long first() {
        return hits.isEmpty() ? 0 : query.offset() + 1;
    }

    public long last() {
        return query.offset() + hits.size();
    }

    public boolean hasPrevious() {
        return query.page() > 1;
    }

    public boolean hasNext() {
        return last() < total && query.page() < SearchQuery.MAX_PAGE;
    }
}
